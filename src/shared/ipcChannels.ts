/** IPC channel names, one constant each, shared by main and preload. */
export const IPC = {
  getAppInfo: 'app:get-info',
  saveFile: 'file:save',
  openFile: 'file:open',
  printToPdf: 'print:to-pdf',
  writeAutomaticBackup: 'backup:write-automatic',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  openBackupFile: 'backup:open-file',
  teamServerRequest: 'team:server-request',
  forgetTeamSession: 'team:forget-session',
  menuCommand: 'menu:command',
} as const;

export type IpcChannel = (typeof IPC)[keyof typeof IPC];
