import { useTranslation } from 'react-i18next';
import type { InquiryEntity } from '../../../domain/entities';
import { hasIopRisk } from '../model/iopRules';
import { iopRiskLines } from '../model/iopRiskText';

export type IopRiskMarkerProps = {
  inquiry: Pick<InquiryEntity, 'handoff'>;
  /** A card has room for the comment itself; a list row names it in the badge's title. */
  showComment?: boolean;
};

/**
 * "IOP med risk" on a board card or a list row: an IOP decided although its answers show a risk
 * must not look like any other once saved. The risks and the comment go in the title, and the
 * card shows the comment.
 */
export function IopRiskMarker({ inquiry, showComment = false }: IopRiskMarkerProps) {
  const { t } = useTranslation();
  if (!hasIopRisk(inquiry)) return null;
  const comment = inquiry.handoff?.riskComment ?? '';
  const lines = iopRiskLines(inquiry.handoff, t('inquiry.iop.risks', { returnObjects: true }));
  const details = [
    ...lines,
    comment ? `${t('inquiry.handoff.riskComment')}: ${comment}` : '',
  ].filter(Boolean);
  return (
    <span className="iop-risk-marker">
      <span className="badge badge--risk" title={details.join('\n')}>
        {t('inquiry.iop.flagged')}
      </span>
      {showComment && comment ? <span className="iop-risk-marker__comment">{comment}</span> : null}
    </span>
  );
}
