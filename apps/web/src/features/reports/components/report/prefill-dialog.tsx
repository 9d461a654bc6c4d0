import { useEffect } from 'react';
import type { ReportDetail } from '@dondoc/schemas';
import { Modal } from '../../../../components/modal';
import { ErrorMessage, Loading } from '../../../../components/status';
import { formatDate } from '../../../../lib/format';
import { t } from '../../../../i18n/t';
import { useProposeReport } from '../../api/prefill-report';
import { applyProposal, proposalChanges, type Content } from './content';
import { FigureChanges } from './figure-changes';

type Props = { open: boolean; report: ReportDetail; content: Content; onApply: (next: Content) => void; onClose: () => void };

/**
 * "Lấy số liệu từ hoạt động": asks the server what the unit's activities add up to now, shows
 * what would change (figures before → after, sections' new text), and applies it to the draft.
 */
export function PrefillDialog({ open, report, content, onApply, onClose }: Props) {
  const propose = useProposeReport(report.id);
  const { mutate, reset } = propose;
  useEffect(() => {
    if (open) mutate();
    else reset();
  }, [open, mutate, reset]);

  const proposal = propose.data?.proposal;
  const changes = proposal ? proposalChanges(content, proposal, report.request.fields, report.request.outline) : null;
  const nothing = changes !== null && changes.figures.length === 0 && changes.sections.length === 0;

  return (
    <Modal
      open={open}
      wide
      title={t('rep.prefill.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {nothing ? t('common.close') : t('common.cancel')}
          </button>
          {changes && !nothing ? (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                if (proposal) onApply(applyProposal(content, proposal));
                onClose();
              }}
            >
              {t('rep.prefill.apply', { n: changes.figures.length + changes.sections.length })}
            </button>
          ) : null}
        </>
      }
    >
      {propose.isPending || propose.isIdle ? <Loading /> : null}
      {propose.isError ? <ErrorMessage error={propose.error} /> : null}
      {proposal && changes ? (
        <div className="prefill" data-testid="prefill-preview">
          <p>
            {proposal.periodFrom && proposal.periodTo
              ? t('rep.prefill.countPeriod', { n: proposal.activityCount, from: formatDate(proposal.periodFrom), to: formatDate(proposal.periodTo) })
              : t('rep.prefill.count', { n: proposal.activityCount })}
          </p>
          {nothing ? <p className="notice notice-ok">{t('rep.prefill.nothing')}</p> : null}
          <FigureChanges label={t('rep.prefill.figures')} beforeHeading={t('rep.prefill.now')} afterHeading={t('rep.prefill.fromActivities')} changes={changes.figures} testId="prefill-figure" />
          {changes.sections.map((s) => (
            <section key={s.key} className="prefill-section" data-testid="prefill-section">
              <h3>{s.title}</h3>
              <p className="muted small">{s.before.trim() ? t('rep.prefill.replaces') : t('rep.prefill.fills')}</p>
              <p className="pre-wrap prefill-text">
                <ins>{s.after}</ins>
              </p>
            </section>
          ))}
        </div>
      ) : null}
    </Modal>
  );
}
