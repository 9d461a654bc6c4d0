import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import type { EvidenceFile } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import { activities, evidenceFiles, tasks } from '../../db/schema/index';
import { isDepartment, type Actor } from '../../lib/actor';
import type { Clock } from '../../lib/clock';
import { AppError, badRequest, forbidden, notFound } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import type { FileStore, Spooled } from '../intake/storage';
import { visibleTasks } from '../tasks/service';
import { detectEvidenceType, evidenceName, fileSource } from './evidence-type';

const mb = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10}`.replace('.', ',');

export const evidenceErrors = {
  tooLarge: (limit: number) =>
    new AppError(413, 'TOO_LARGE', `Tệp lớn hơn ${mb(limit)} MB. Vui lòng nén, giảm độ phân giải hoặc cắt ngắn tệp rồi tải lên lại.`),
  interrupted: () =>
    new AppError(400, 'UPLOAD_INTERRUPTED', 'Việc tải tệp lên bị gián đoạn nên tệp chưa được lưu. Vui lòng kiểm tra kết nối mạng và tải lên lại.'),
  wrongType: (name: string) =>
    new AppError(
      415,
      'UNSUPPORTED_TYPE',
      `Không nhận tệp "${name}": chỉ nhận tệp PDF, Word (.docx), Excel (.xlsx), ảnh JPG hoặc PNG, âm thanh MP3, video MP4 và văn bản .txt. Hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp.`,
    ),
  empty: () => badRequest('EMPTY_FILE', 'Tệp rỗng. Vui lòng chọn đúng tệp minh chứng.'),
  noFile: () => badRequest('NO_FILE', 'Vui lòng chọn tệp minh chứng (trường "file").'),
};

/** Evidence is a unit's: department users follow up, they do not upload for a unit. */
export function requireEvidenceUploader(actor: Actor) {
  if (actor.role !== 'unit' || actor.unitId === null) throw forbidden('Chỉ cán bộ đơn vị mới tải lên được tệp minh chứng');
}

export { spoolUpload, type Spooled } from '../intake/storage';

/**
 * Checks a spooled upload by its content, moves it into the content-addressed store and records
 * it, owned by the uploader's unit until an activity takes it. The caller removes `tmp` after
 * (it is gone already when the move succeeded). Nothing stays behind when a step fails.
 */
export function storeEvidence(db: Db, clock: Clock, actor: Actor, files: FileStore, spooled: Spooled, filename: string | undefined): EvidenceFile {
  requireEvidenceUploader(actor);
  if (spooled.size === 0) throw evidenceErrors.empty();
  const src = fileSource(spooled.tmp);
  let type;
  try {
    type = detectEvidenceType(src);
  } finally {
    src.close();
  }
  if (!type) throw evidenceErrors.wrongType(filename ?? '');
  const name = evidenceName(filename, type);

  const existed = !files.adopt(spooled.tmp, spooled.sha256);
  const now = clock.now().toISOString();
  try {
    return db.transaction((tx) => {
      const row = tx
        .insert(evidenceFiles)
        .values({ sha256: spooled.sha256, name, mime: type.mime, size: spooled.size, uploadedById: actor.userId, unitId: actor.unitId as number, createdAt: now })
        .returning()
        .get();
      writeAudit(tx, actor, now, {
        action: 'evidence.upload',
        entityType: 'evidence_file',
        entityId: row.id,
        unitId: row.unitId,
        after: { name, mime: type.mime, size: spooled.size, sha256: spooled.sha256 },
      });
      return { id: row.id, name: row.name, size: row.size, mime: row.mime };
    });
  } catch (e) {
    if (!existed) files.remove(spooled.sha256);
    throw e;
  }
}

/**
 * An evidence file by its id, for download. Attached: whoever may see the activity's task
 * (a deleted activity's files: the department only). Not attached yet: the uploading unit only.
 * Everything else is 404, as if the id did not exist; the hash is never an identifier.
 */
export function evidenceForDownload(db: Db, actor: Actor, files: FileStore, id: number) {
  const none = () => notFound('Không tìm thấy tệp minh chứng');
  const f = db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id)).get();
  if (!f) throw none();
  if (f.activityId === null) {
    if (actor.role !== 'unit' || actor.unitId !== f.unitId) throw none();
  } else {
    const a = db
      .select({ deletedAt: activities.deletedAt })
      .from(activities)
      .innerJoin(tasks, eq(tasks.id, activities.taskId))
      .where(and(eq(activities.id, f.activityId), visibleTasks(actor)))
      .get();
    if (!a || (a.deletedAt && !isDepartment(actor))) throw none();
  }
  const file = files.pathOf(f.sha256);
  if (!fs.existsSync(file)) throw none();
  return { name: f.name, mime: f.mime, size: f.size, file };
}
