import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Role } from '@dondoc/schemas';
import { Field, FieldErrorsProvider } from '../../../components/form-field';
import { Empty, ErrorMessage, Loading, errorText } from '../../../components/status';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';
import { useAddComment } from '../api/add-comment';
import { useComments } from '../api/get-comments';

const roleLabel: Record<Role, MessageKey> = {
  admin: 'role.admin',
  staff: 'role.staff',
  leader: 'role.leader',
  unit: 'role.unit',
};

/** Ý kiến: the thread between the department (leaders included) and the unit about one task. */
export function TaskComments({ taskId }: { taskId: number }) {
  const comments = useComments(taskId);
  const add = useAddComment(taskId);
  const [body, setBody] = useState('');
  const fields = isApiError(add.error) ? add.error.fields : [];

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ body: body.trim() }, { onSuccess: () => setBody('') });
  };

  return (
    <section className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t('comments.title')}</h2>
      {comments.isPending ? (
        <Loading />
      ) : comments.isError ? (
        <ErrorMessage error={comments.error} />
      ) : comments.data.length === 0 ? (
        <Empty>{t('comments.empty')}</Empty>
      ) : (
        <ol className="comment-list">
          {comments.data.map((c) => (
            <li key={c.id} className="comment">
              <p className="comment-meta">
                <strong>{c.author.fullName}</strong>
                <span className="muted">
                  {' '}
                  · {c.author.role in roleLabel ? t(roleLabel[c.author.role as Role]) : c.author.role} · {formatDateTime(c.createdAt)}
                </span>
              </p>
              <p className="comment-body">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      <FieldErrorsProvider value={fields}>
        <form className="comment-form" onSubmit={onSubmit} noValidate>
          <Field label={t('comments.new')} path="body">
            {({ id, describedBy }) => (
              <textarea id={id} rows={3} value={body} aria-describedby={describedBy} onChange={(e) => setBody(e.target.value)} />
            )}
          </Field>
          {add.isError && !fields.length ? (
            <p className="form-error" role="alert">
              {errorText(add.error)}
            </p>
          ) : null}
          <button type="submit" className="btn btn-primary" disabled={add.isPending || !body.trim()}>
            {add.isPending ? t('common.saving') : t('comments.send')}
          </button>
        </form>
      </FieldErrorsProvider>
    </section>
  );
}
