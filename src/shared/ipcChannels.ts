/** IPC channel names, one constant each, shared by main and preload. */
export const IPC = {
  getAppInfo: 'app:get-info',
  saveFile: 'file:save',
  openFile: 'file:open',
  printToPdf: 'print:to-pdf',
  menuCommand: 'menu:command',
} as const;

export type IpcChannel = (typeof IPC)[keyof typeof IPC];
