import { useState, type FormEvent } from 'react';
import { useSettingsMessages } from './useSettingsMessages';

type Validation<E> = { ok: true } | { ok: false; errors: E };

export type DialogForm<T, E> = {
  input: T;
  errors: E;
  saveError: string | null;
  isSaving: boolean;
  /** Changes fields and clears their errors: the message goes once the user acts on it. */
  update: (patch: Partial<T>) => void;
  handleSubmit: (event: FormEvent) => Promise<void>;
};

/**
 * The state of a settings dialog's form: validate on submit, one save at a time, errors per field,
 * and a save failure shown in the dialog (which stays open so nothing typed is lost).
 */
export function useDialogForm<T extends object, E extends Partial<Record<keyof T, string>>>(
  initial: T,
  validate: (input: T) => Validation<E>,
  save: (input: T) => Promise<unknown>,
  onSaved: () => void,
): DialogForm<T, E> {
  const { errorMessage } = useSettingsMessages();
  const [input, setInput] = useState<T>(initial);
  const [errors, setErrors] = useState<E>({} as E);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const update = (patch: Partial<T>) => {
    setInput((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch)) delete next[key as keyof E];
      return next;
    });
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (isSaving) return;
    const result = validate(input);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setIsSaving(true);
    setSaveError(null);
    try {
      await save(input);
      onSaved();
    } catch (error) {
      setSaveError(errorMessage(error));
      setIsSaving(false);
    }
  };

  return { input, errors, saveError, isSaving, update, handleSubmit };
}
