import type { PublishPreview } from '@dondoc/schemas';
import { ErrorMessage, Loading } from '../../../../components/status';
import { t } from '../../../../i18n/t';
import { usePublishPreview } from '../../api/get-publish-preview';

export function PreviewProblems({ problems }: { problems: PublishPreview['problems'] }) {
  if (!problems.length) return <p className="notice notice-ok">{t('preview.noProblems')}</p>;
  return (
    <div className="notice notice-warning" role="alert">
      <p>{t('preview.problems', { n: problems.length })}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** What publishing would create: each unit with the items it would receive. */
export function PreviewContent({ directiveId }: { directiveId: number }) {
  const preview = usePublishPreview(directiveId);
  if (preview.isPending) return <Loading />;
  if (preview.isError) return <ErrorMessage error={preview.error} />;
  return <PreviewTasks preview={preview.data} />;
}

export const itemCountOf = (preview: PublishPreview) => preview.tasks.reduce((n, task) => n + task.items.length, 0);

/** The tasks of a preview, saved directive or not: one line per unit, its items folded under it. */
export function PreviewTasks({ preview }: { preview: PublishPreview }) {
  const { tasks, problems } = preview;
  return (
    <div className="preview">
      <p className="summary-line" data-testid="preview-summary">
        {t('preview.summary', { tasks: tasks.length, items: itemCountOf(preview) })}
      </p>
      <PreviewProblems problems={problems} />
      <ul className="preview-list">
        {tasks.map((task) => (
          <li key={task.unit.id} data-testid="preview-task" data-unit={task.unit.name} data-items={task.items.length}>
            <details>
              <summary>
                <span className="preview-unit">{task.unit.name}</span>
                <span className="muted">
                  {' '}
                  · {t(`task.source.${task.source}`)} · {t('preview.items', { n: task.items.length })}
                </span>
              </summary>
              <ol className="preview-items">
                {task.items.map((item) => (
                  <li key={item.partKey}>
                    {item.section ? <span className="muted small">{item.section} › </span> : null}
                    {item.title}
                  </li>
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
