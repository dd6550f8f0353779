import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/Field';
import { Notice } from '../../../ui/Notice';
import { useErrorMessage } from '../../../session/useErrorMessage';
import { useSavedViews } from './useSavedViews';
import { FormActions } from '../../../ui/FormActions';

export type SavedViewsProps = {
  /** The current URL search string (normalised), saved as the view's query. */
  search: string;
};

type SaveViewDialogProps = { onSave: (name: string) => Promise<void>; onClose: () => void };

function SaveViewDialog({ onSave, onClose }: SaveViewDialogProps) {
  const { t } = useTranslation();
  const toMessage = useErrorMessage();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('inquiries.savedViews.nameRequired'));
      return;
    }
    try {
      await onSave(name);
    } catch (caught) {
      setError(toMessage(caught));
    }
  };

  return (
    <Dialog title={t('inquiries.savedViews.saveTitle')} isOpen onClose={onClose}>
      <form className="dialog__form" onSubmit={handleSubmit} noValidate>
        <TextField
          label={t('inquiries.savedViews.name')}
          hint={t('inquiries.savedViews.nameHint')}
          isRequired
          requiredText={t('common.required')}
          autoFocus
          autoComplete="off"
          maxLength={80}
          value={name}
          error={error ?? undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <FormActions
          submitLabel={t('common.save')}
          onCancel={onClose}
          cancelLabel={t('common.cancel')}
        />
      </form>
    </Dialog>
  );
}

/** "Sparade vyer": pick a built-in or saved view, save the current filters, delete a saved view. */
export function SavedViews({ search }: SavedViewsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toMessage = useErrorMessage();
  const selectId = useId();
  const { builtIns, userViews, viewFor, save, remove } = useSavedViews();
  const [isDialogOpen, setIsDialogOpen] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const current = viewFor(search);

  const choose = (id: string) => {
    const view = [...builtIns, ...userViews].find((candidate) => candidate.id === id);
    if (view) navigate(`/arenden?${view.query}`);
  };

  const handleSave = async (name: string) => {
    const view = await save(name, search);
    setIsDialogOpen(false);
    setMessage({ tone: 'success', text: t('inquiries.savedViews.saved', { name: view.name }) });
  };

  const handleDelete = async () => {
    if (!current || current.isBuiltIn) return;
    try {
      await remove(current.id);
      setMessage({
        tone: 'success',
        text: t('inquiries.savedViews.deleted', { name: current.name }),
      });
    } catch (caught) {
      setMessage({ tone: 'error', text: toMessage(caught) });
    }
  };

  return (
    <div className="saved-views">
      <div className="field">
        <label htmlFor={selectId}>{t('inquiries.savedViews.label')}</label>
        <select
          id={selectId}
          value={current?.id ?? ''}
          onChange={(event) => choose(event.target.value)}
        >
          <option value="">{t('inquiries.savedViews.choose')}</option>
          <optgroup label={t('inquiries.savedViews.builtIn')}>
            {builtIns.map((view) => (
              <option key={view.id} value={view.id}>
                {view.name}
              </option>
            ))}
          </optgroup>
          {userViews.length > 0 ? (
            <optgroup label={t('inquiries.savedViews.mine')}>
              {userViews.map((view) => (
                <option key={view.id} value={view.id}>
                  {view.name}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      <div className="saved-views__actions">
        <button type="button" className="button" onClick={() => setIsDialogOpen(true)}>
          {t('inquiries.savedViews.save')}
        </button>
        {current && !current.isBuiltIn ? (
          <button
            type="button"
            className="button"
            aria-label={t('inquiries.savedViews.deleteLabel', { name: current.name })}
            onClick={() => void handleDelete()}
          >
            {t('inquiries.savedViews.delete')}
          </button>
        ) : null}
      </div>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {isDialogOpen ? (
        <SaveViewDialog onSave={handleSave} onClose={() => setIsDialogOpen(false)} />
      ) : null}
    </div>
  );
}
