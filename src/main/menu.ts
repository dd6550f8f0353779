import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/desktopApi';
import { IPC } from '@shared/ipcChannels';

export type MenuOptions = {
  isMac: boolean;
  /** Reload and developer tools are offered only in development builds. */
  isPackaged: boolean;
  onAbout: () => void;
};

type Send = (command: MenuCommand) => void;

const command = (send: Send, label: string, cmd: MenuCommand, accelerator?: string) =>
  ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd),
  }) satisfies MenuItemConstructorOptions;

const separator = { type: 'separator' } as const satisfies MenuItemConstructorOptions;

/** The Swedish application menu as plain data, so it can be tested without Electron. */
export function buildMenuTemplate(send: Send, options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, isPackaged, onAbout } = options;
  const devItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { role: 'reload', label: 'Läs om' },
        { role: 'forceReload', label: 'Tvinga omläsning' },
        { role: 'toggleDevTools', label: 'Utvecklarverktyg' },
        separator,
      ];
  const macAppMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Lotsbok',
          submenu: [
            { label: 'Om Lotsbok', click: onAbout },
            separator,
            { role: 'hide', label: 'Göm Lotsbok' },
            { role: 'hideOthers', label: 'Göm övriga' },
            { role: 'unhide', label: 'Visa alla' },
            separator,
            { role: 'quit', label: 'Avsluta Lotsbok' },
          ],
        },
      ]
    : [];

  return [
    ...macAppMenu,
    {
      label: 'Arkiv',
      submenu: [
        command(send, 'Ny organisation', 'new-organisation', 'CmdOrCtrl+N'),
        command(send, 'Logga samtal', 'log-call', 'CmdOrCtrl+L'),
        separator,
        // macOS keeps "Avsluta" in the app menu; "Stäng fönster" is the Arkiv-menu convention there.
        isMac ? { role: 'close', label: 'Stäng fönster' } : { role: 'quit', label: 'Avsluta' },
      ],
    },
    {
      label: 'Redigera',
      submenu: [
        { role: 'undo', label: 'Ångra' },
        { role: 'redo', label: 'Gör om' },
        separator,
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopiera' },
        { role: 'paste', label: 'Klistra in' },
        { role: 'selectAll', label: 'Markera allt' },
      ],
    },
    {
      label: 'Visa',
      submenu: [
        command(send, 'Idag', 'open-today', 'CmdOrCtrl+1'),
        command(send, 'Ärenden', 'open-inquiries', 'CmdOrCtrl+2'),
        command(send, 'Organisationer', 'open-organisations', 'CmdOrCtrl+3'),
        command(send, 'Samtal', 'open-calls', 'CmdOrCtrl+4'),
        command(send, 'Inställningar', 'open-settings', 'CmdOrCtrl+,'),
        separator,
        ...devItems,
        { role: 'resetZoom', label: 'Återställ zoom' },
        { role: 'zoomIn', label: 'Zooma in' },
        { role: 'zoomOut', label: 'Zooma ut' },
        separator,
        { role: 'togglefullscreen', label: 'Helskärm' },
      ],
    },
    {
      label: 'Hjälp',
      role: 'help',
      submenu: [{ label: 'Om Lotsbok', click: onAbout }],
    },
  ];
}

/** Menu clicks go to the focused window; with one window, that window when nothing has focus. */
const sendToRenderer: Send = (cmd) => {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  target?.webContents.send(IPC.menuCommand, cmd);
};

export function installApplicationMenu(): void {
  app.setAboutPanelOptions({
    applicationName: 'Lotsbok',
    applicationVersion: app.getVersion(),
    copyright: 'Ärendestöd för kommunala lotsar',
  });
  const template = buildMenuTemplate(sendToRenderer, {
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    onAbout: () => app.showAboutPanel(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
