import type { InquiryEntity } from '../../../domain/entities';
import { iopRiskLines } from '../../inquiries/model/iopRiskText';
import type { BriefBlock, BriefFact } from './briefContent';
import { fill, type BriefLabels } from './briefLabels';

/**
 * A flagged IOP in a brief: what was answered, why it is a risk, and the navigator's comment, so a
 * meeting never reads it as an ordinary partnership. Nothing for an inquiry without such a risk.
 */
function riskOf(inquiry: InquiryEntity, labels: BriefLabels) {
  const lines = iopRiskLines(inquiry.handoff, labels.iopRisks);
  return { lines, comment: inquiry.handoff?.riskComment || labels.none };
}

/** The agenda summary's facts: the risk sentences and the comment. */
export function iopRiskFacts(inquiry: InquiryEntity, labels: BriefLabels): BriefFact[] {
  const { lines, comment } = riskOf(inquiry, labels);
  if (lines.length === 0) return [];
  return [
    { label: labels.fields.iopRisk, value: lines.join(' ') },
    { label: labels.fields.riskComment, value: comment },
  ];
}

/** The organisation brief's handoff section: a titled list under the IOP's criteria table. */
export function iopRiskBlocks(inquiry: InquiryEntity, labels: BriefLabels): BriefBlock[] {
  const { lines, comment } = riskOf(inquiry, labels);
  if (lines.length === 0) return [];
  return [
    { type: 'paragraph', text: fill(labels.iopRiskTitle, { title: inquiry.title }) },
    {
      type: 'list',
      items: [
        ...lines.map((line) => `${labels.fields.iopRisk}: ${line}`),
        `${labels.fields.riskComment}: ${comment}`,
      ],
    },
  ];
}
