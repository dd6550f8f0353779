import type { confirmSv } from './confirmSv';

export const confirmEn: typeof confirmSv = {
  unsaved: {
    title: 'Leave without saving?',
    message: 'What you have typed will not be saved.',
    confirm: 'Leave without saving',
    cancel: 'Keep editing',
  },
  discardCall: {
    title: 'Discard the call?',
    message: 'What you have typed about the call will not be saved.',
    confirm: 'Discard the call',
    cancel: 'Keep writing',
  },
  deleteMemo: {
    title: 'Delete the call?',
    message: 'The call is a private note and is deleted for good. This cannot be undone.',
    confirm: 'Delete the call',
  },
  archiveOrganisation: {
    title: 'Archive {{name}}?',
    message: 'The organisation is hidden in lists but kept, and can be restored.',
    confirm: 'Archive the organisation',
  },
  archiveContact: {
    title: 'Archive {{name}}?',
    message: 'The contact person is hidden but kept, and can be restored.',
    confirm: 'Archive the contact person',
  },
  freezeBrief: {
    title: 'Freeze the brief?',
    message:
      'The content is saved as it looks now and no longer changes when the data changes. You can unlock it later.',
    confirm: 'Freeze',
  },
  unfreezeBrief: {
    title: 'Unlock the brief?',
    message: 'It then follows the current data again.',
    confirm: 'Unlock',
  },
};
