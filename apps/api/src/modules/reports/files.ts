import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import type { ReportFile } from '@dondoc/schemas';
import type { Conn, Db } from '../../db/client';
import { reportFiles } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import type { Clock } from '../../lib/clock';
import { AppError, badRequest, notFound } from '../../lib/errors';
import { detectEvidenceType, evidenceName, fileSource } from '../activities/evidence-type';
import { writeAudit } from '../audit/service';
import { unusedBlobs } from '../intake/blob-refs';
import type { FileStore, Spooled } from '../intake/storage';
import { requestRow, requireEditable, requireManager, requireOwnUnit, visibleReport, visibleRequest } from './common';

export type FileTarget = { requestId: number } | { reportId: number };

export const fileErrors = {
  empty: () => badRequest('EMPTY_FILE', 'Tệp rỗng. Vui lòng chọn đúng tệp cần đính kèm.'),
  noFile: () => badRequest('NO_FILE', 'Vui lòng chọn tệp đính kèm (trường "file").'),
  notFound: () => notFound('Không tìm thấy tệp đính kèm'),
};

/**
 * Who may attach to the target, checked before a byte of the upload is read and again when the
 * file is stored: staff to a request still being sent or open; a unit to its own report while
 * it may still change it. Another unit's report is 404, as if it did not exist.
 */
export function requireAttachable(db: Conn, actor: Actor, target: FileTarget) {
  if ('requestId' in target) {
    requireManager(actor);
    const r = requestRow(db, target.requestId);
    if (r.status === 'closed') throw new AppError(409, 'REQUEST_CLOSED', 'Yêu cầu báo cáo đã đóng, không đính kèm thêm được');
    return { directiveId: r.directiveId, unitId: null };
  }
  const { report, request } = visibleReport(db, actor, target.reportId);
  requireOwnUnit(actor, report);
  if (request.status === 'closed') throw new AppError(409, 'REQUEST_CLOSED', 'Yêu cầu báo cáo đã đóng, không đính kèm thêm được');
  requireEditable(report);
  return { directiveId: request.directiveId, unitId: report.unitId };
}

/** Checks the upload by its content (the evidence allow-list), stores it by hash and records it. */
export function storeReportFile(db: Db, clock: Clock, actor: Actor, files: FileStore, target: FileTarget, spooled: Spooled, filename: string | undefined): ReportFile {
  requireAttachable(db, actor, target);
  if (spooled.size === 0) throw fileErrors.empty();
  const src = fileSource(spooled.tmp);
  let type;
  try {
    type = detectEvidenceType(src);
  } finally {
    src.close();
  }
  if (!type) {
    throw new AppError(415, 'UNSUPPORTED_TYPE', `Không nhận tệp "${filename ?? ''}": chỉ nhận tệp PDF, Word (.docx), Excel (.xlsx), ảnh JPG hoặc PNG, âm thanh MP3, video MP4 và văn bản .txt. Hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp.`);
  }
  const name = evidenceName(filename, type).replace(/^minh-chung\./, 'dinh-kem.');
  const existed = !files.adopt(spooled.tmp, spooled.sha256);
  const now = clock.now().toISOString();
  try {
    return db.transaction((tx) => {
      const where = requireAttachable(tx, actor, target);
      const row = tx
        .insert(reportFiles)
        .values({ ...('requestId' in target ? { requestId: target.requestId } : { reportId: target.reportId }), sha256: spooled.sha256, name, mime: type.mime, size: spooled.size, uploadedById: actor.userId, createdAt: now })
        .returning()
        .get();
      writeAudit(tx, actor, now, { action: 'report_file.upload', entityType: 'report_file', entityId: row.id, directiveId: where.directiveId, unitId: where.unitId, after: { ...target, name, mime: type.mime, size: spooled.size, sha256: spooled.sha256 } });
      return { id: row.id, name: row.name, size: row.size, mime: row.mime, createdAt: row.createdAt };
    });
  } catch (e) {
    if (!existed) files.remove(spooled.sha256);
    throw e;
  }
}

/** A file the actor may read: a request's to whoever may read the request, a report's to the department and that unit. */
function visibleFile(db: Conn, actor: Actor, id: number) {
  const f = db.select().from(reportFiles).where(eq(reportFiles.id, id)).get();
  if (!f) throw fileErrors.notFound();
  try {
    if (f.requestId != null) visibleRequest(db, actor, f.requestId);
    else if (f.reportId != null) visibleReport(db, actor, f.reportId);
    else throw fileErrors.notFound();
  } catch (e) {
    if (e instanceof AppError && e.status === 404) throw fileErrors.notFound();
    throw e;
  }
  return f;
}

export function reportFileForDownload(db: Db, actor: Actor, files: FileStore, id: number) {
  const f = visibleFile(db, actor, id);
  const file = files.pathOf(f.sha256);
  if (!fs.existsSync(file)) throw fileErrors.notFound();
  return { name: f.name, mime: f.mime, size: f.size, file };
}


/** Takes a file off (same rules as attaching); its bytes go when nothing else has the same content. */
export function deleteReportFile(db: Db, clock: Clock, actor: Actor, files: FileStore, id: number): void {
  const now = clock.now().toISOString();
  const unused = db.transaction((tx) => {
    const f = visibleFile(tx, actor, id);
    const where = requireAttachable(tx, actor, f.requestId != null ? { requestId: f.requestId } : { reportId: f.reportId as number });
    tx.delete(reportFiles).where(eq(reportFiles.id, id)).run();
    writeAudit(tx, actor, now, { action: 'report_file.delete', entityType: 'report_file', entityId: id, directiveId: where.directiveId, unitId: where.unitId, before: { requestId: f.requestId, reportId: f.reportId, name: f.name, sha256: f.sha256 } });
    return unusedBlobs(tx, [f.sha256]);
  });
  // After the commit and in the same synchronous run, as the evidence sweep does.
  for (const sha256 of unused) files.remove(sha256);
}
