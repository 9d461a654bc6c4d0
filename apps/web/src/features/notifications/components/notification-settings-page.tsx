import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Preferences } from '@dondoc/schemas';
import { Field, FieldErrorsProvider } from '../../../components/form-field';
import { ErrorMessage, Loading, errorText } from '../../../components/status';
import { isApiError, type FieldError } from '../../../lib/api-client';
import { useCurrentUser } from '../../../lib/current-user';
import { t } from '../../../i18n/t';
import { usePreferences, useSavePreferences } from '../api/preferences';
import '../notifications.css';

/** "Cài đặt thông báo": the person's email and whether reminders also come by email. */
export function NotificationSettingsPage() {
  const prefs = usePreferences();
  const me = useCurrentUser();
  return (
    <div className="page page-narrow">
      <header className="page-header">
        <div>
          <h1>{t('notif.settingsTitle')}</h1>
          <p className="page-subtitle">
            {me.fullName} · {me.username}
          </p>
        </div>
      </header>
      {prefs.isPending ? <Loading /> : prefs.isError ? <ErrorMessage error={prefs.error} /> : <SettingsForm initial={prefs.data} />}
    </div>
  );
}

const looksLikeEmail = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s);

function SettingsForm({ initial }: { initial: Preferences }) {
  const save = useSavePreferences();
  const [email, setEmail] = useState(initial.email ?? '');
  const [emailOn, setEmailOn] = useState(!initial.emailOff);
  const [local, setLocal] = useState<FieldError[]>([]);
  const dirty = email.trim() !== (initial.email ?? '') || emailOn === initial.emailOff;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const v = email.trim();
    const problems = v && !looksLikeEmail(v) ? [{ path: 'email', message: t('notif.emailInvalid') }] : [];
    setLocal(problems);
    if (problems.length) return;
    save.mutate({ email: v || null, emailOff: !emailOn });
  };

  return (
    <FieldErrorsProvider value={local.length ? local : isApiError(save.error) ? save.error.fields : []}>
      <form className="form-section settings-form" onSubmit={onSubmit} noValidate>
        <p>{t('notif.inAppAlways')}</p>
        <Field label={t('notif.email')} path="email" hint={t('notif.emailHint')}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="email" autoComplete="email" value={email} maxLength={254} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setEmail(e.target.value)} />
          )}
        </Field>
        <label className="check settings-switch">
          <input type="checkbox" role="switch" checked={emailOn} onChange={(e) => setEmailOn(e.target.checked)} />
          <span>{t('notif.emailOn')}</span>
        </label>
        {emailOn && !email.trim() ? <p className="field-hint">{t('notif.emailOnNoAddress')}</p> : null}
        <p className="field-hint">{t('notif.smtpNote')}</p>
        {save.isError ? (
          <p className="form-error" role="alert">
            {errorText(save.error)}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending || !dirty}>
            {save.isPending ? t('common.saving') : t('common.save')}
          </button>
          {save.isSuccess && !dirty ? (
            <span className="saved" role="status">
              {t('common.saved')}
            </span>
          ) : null}
        </div>
      </form>
    </FieldErrorsProvider>
  );
}
