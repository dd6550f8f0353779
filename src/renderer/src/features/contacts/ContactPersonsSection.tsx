import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contactPersonsOf,
  setContactPersonArchived,
  updateContactPerson,
} from './data/contactPersonRepository';
import type { ContactPersonEntity } from '../../domain/entities';
import { Notice } from '../../ui/Notice';
import { useConfirm } from '../../ui/useConfirm';
import { useActorId } from '../../session/SessionContext';
import { useErrorMessage } from '../../session/useErrorMessage';
import { ContactPersonDialog } from './ContactPersonDialog';

export type ContactPersonsSectionProps = { organisationId: string };

type Editing = { person: ContactPersonEntity | null } | null;

export function ContactPersonsSection({ organisationId }: ContactPersonsSectionProps) {
  const { t } = useTranslation();
  const actorId = useActorId();
  const toMessage = useErrorMessage();
  const people = useLiveQuery(() => contactPersonsOf(organisationId), [organisationId]);
  const [editing, setEditing] = useState<Editing>(null);
  const [isShowingArchived, setIsShowingArchived] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirm, confirmDialog] = useConfirm();

  const run = async (action: () => Promise<unknown>) => {
    try {
      setError(null);
      await action();
    } catch (caught) {
      setError(toMessage(caught));
    }
  };

  const toggleArchived = async (person: ContactPersonEntity) => {
    const isArchiving = person.status === 'active';
    if (isArchiving) {
      const isConfirmed = await confirm({
        title: t('confirm.archiveContact.title', { name: person.name }),
        message: t('confirm.archiveContact.message'),
        confirmLabel: t('confirm.archiveContact.confirm'),
        cancelLabel: t('common.cancel'),
      });
      if (!isConfirmed) return;
    }
    await run(() => setContactPersonArchived(person.id, isArchiving, actorId));
  };

  const active = (people ?? []).filter((person) => person.status === 'active');
  const archived = (people ?? []).filter((person) => person.status === 'archived');
  const shown = isShowingArchived ? [...active, ...archived] : active;

  return (
    <section className="card" aria-labelledby="contacts-title">
      <div className="card__header">
        <h2 id="contacts-title">{t('contacts.title')}</h2>
        <button
          type="button"
          className="button button--small"
          onClick={() => setEditing({ person: null })}
        >
          {t('contacts.add')}
        </button>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {people && active.length === 0 ? <p className="muted">{t('contacts.empty')}</p> : null}
      <ul className="people">
        {shown.map((person) => (
          <li
            key={person.id}
            className={`people__item${person.status === 'archived' ? ' people__item--archived' : ''}`}
          >
            <div className="people__main">
              <strong>{person.name}</strong>
              {person.isPrimary ? (
                <span className="badge">{t('contacts.primaryBadge')}</span>
              ) : null}
              {person.status === 'archived' ? (
                <span className="badge badge--muted">{t('common.archived')}</span>
              ) : null}
              <div className="people__meta">
                {[person.role, person.phone, person.email].filter(Boolean).join(' · ')}
              </div>
            </div>
            <div className="people__actions">
              <button
                type="button"
                className="button button--small"
                aria-label={`${t('common.edit')} ${person.name}`}
                onClick={() => setEditing({ person })}
              >
                {t('common.edit')}
              </button>
              {person.status === 'active' && !person.isPrimary ? (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`${t('contacts.makePrimary')}: ${person.name}`}
                  onClick={() =>
                    void run(() =>
                      updateContactPerson(person.id, { ...person, isPrimary: true }, actorId),
                    )
                  }
                >
                  {t('contacts.makePrimary')}
                </button>
              ) : null}
              <button
                type="button"
                className="button button--small"
                aria-label={`${person.status === 'active' ? t('common.archive') : t('common.restore')} ${person.name}`}
                onClick={() => void toggleArchived(person)}
              >
                {person.status === 'active' ? t('common.archive') : t('common.restore')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {archived.length > 0 ? (
        <button
          type="button"
          className="button button--link"
          aria-pressed={isShowingArchived}
          onClick={() => setIsShowingArchived(!isShowingArchived)}
        >
          {t('contacts.showArchived', { count: archived.length })}
        </button>
      ) : null}
      {editing ? (
        <ContactPersonDialog
          organisationId={organisationId}
          person={editing.person}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {confirmDialog}
    </section>
  );
}
