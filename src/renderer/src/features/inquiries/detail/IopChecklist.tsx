import { useTranslation } from 'react-i18next';
import { ANSWERS_LIST, type Answer, type IopChecklistItem } from '../../../domain/entities';
import { assessIop, IOP_CRITERIA } from '../model/iopRules';
import { iopRiskText } from '../model/iopRiskText';
import { TextAreaField, TextField } from '../../../ui/Field';
import { Notice } from '../../../ui/Notice';
import { RadioGroup } from '../../../ui/RadioGroup';

export type IopChecklistProps = {
  checklist: IopChecklistItem[];
  onChange: (checklist: IopChecklistItem[]) => void;
  riskComment: string;
  onRiskCommentChange: (riskComment: string) => void;
  riskCommentError?: string;
};

/**
 * The IOP criteria (iopRules.ts), each answered ja/nej/oklart with a comment. The risks show while
 * answering: answers that point to a purchase need a comment before the decision can be saved.
 */
export function IopChecklist({
  checklist,
  onChange,
  riskComment,
  onRiskCommentChange,
  riskCommentError,
}: IopChecklistProps) {
  const { t } = useTranslation();
  const assessment = assessIop(checklist);
  const hardRisks = assessment.risks.filter(
    (risk) => risk.kind === 'mayBeUnlawfulDirectProcurement',
  );
  const notExcluded = assessment.risks.filter((risk) => risk.kind === 'purchaseNotExcluded');
  const asksForComment = hardRisks.length > 0 || notExcluded.length > 0;
  const isPurchaseCriterion = (id: IopChecklistItem['criterion']) =>
    IOP_CRITERIA.some(
      (criterion) => criterion.id === id && criterion.risk === 'mayBeUnlawfulDirectProcurement',
    );
  const criterionLabel = (id: IopChecklistItem['criterion']) => t(`inquiry.iop.criteria.${id}`);
  const riskTexts = t('inquiry.iop.risks', { returnObjects: true });
  const itemOf = (id: IopChecklistItem['criterion']): IopChecklistItem =>
    checklist.find((item) => item.criterion === id) ?? {
      criterion: id,
      answer: 'oklart',
      comment: '',
    };
  const change = (id: IopChecklistItem['criterion'], patch: Partial<IopChecklistItem>) =>
    onChange(
      IOP_CRITERIA.map((criterion) =>
        criterion.id === id ? { ...itemOf(id), ...patch } : itemOf(criterion.id),
      ),
    );
  const answers = ANSWERS_LIST.map((answer) => ({
    value: answer,
    label: t(`inquiry.iop.answers.${answer}`),
  }));

  return (
    <div className="iop">
      <h3>{t('inquiry.iop.title')}</h3>
      <p className="muted">{t('inquiry.iop.lead')}</p>
      {IOP_CRITERIA.map(({ id }) => {
        const item = itemOf(id);
        return (
          <RadioGroup<Answer>
            key={id}
            legend={criterionLabel(id)}
            value={item.answer}
            options={answers}
            isInline
            className="iop__criterion"
            hint={
              // Every unanswered criterion says so in the same place; the purchase ones say why it matters.
              item.answer === 'oklart'
                ? t(
                    isPurchaseCriterion(id)
                      ? 'inquiry.iop.unclearPurchaseHint'
                      : 'inquiry.iop.unclearHint',
                  )
                : undefined
            }
            onChange={(answer) => change(id, { answer })}
          >
            <TextField
              label={t('inquiry.handoff.comment')}
              value={item.comment}
              onChange={(event) => change(id, { comment: event.target.value })}
            />
          </RadioGroup>
        );
      })}
      <div className="iop__risks">
        {hardRisks.length > 0 ? (
          <Notice tone="error">
            <p className="iop__risk">{t('inquiry.iop.riskWarning')}</p>
            <ul>
              {hardRisks.map((risk) => (
                <li key={risk.criterion}>{iopRiskText(riskTexts, risk)}</li>
              ))}
            </ul>
          </Notice>
        ) : null}
        {notExcluded.length > 0 ? (
          <Notice tone="warning">
            <p className="iop__risk">{t('inquiry.iop.notExcludedWarning')}</p>
            <ul>
              {notExcluded.map((risk) => (
                <li key={risk.criterion}>{iopRiskText(riskTexts, risk)}</li>
              ))}
            </ul>
          </Notice>
        ) : null}
        {assessment.risks.flatMap((risk) =>
          risk.kind === 'warning' ? (
            <Notice key={`${risk.criterion}-${risk.reason}`} tone="warning">
              {iopRiskText(riskTexts, risk)}
            </Notice>
          ) : (
            []
          ),
        )}
      </div>
      {asksForComment ? (
        <TextAreaField
          label={t('inquiry.handoff.riskComment')}
          isRequired={assessment.needsComment}
          requiredText={t('common.required')}
          hint={t('inquiry.iop.riskCommentRequired')}
          rows={3}
          value={riskComment}
          error={riskCommentError}
          onChange={(event) => onRiskCommentChange(event.target.value)}
        />
      ) : null}
    </div>
  );
}
