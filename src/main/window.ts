import { join } from 'node:path';
import { app, BrowserWindow, screen } from 'electron';
import { fitToDisplays, readWindowState, trackWindowState, WINDOW_MIN_SIZE } from './windowState';

const windowStatePath = (): string => join(app.getPath('userData'), 'window-state.json');

/** resources/ sits beside package.json both in the repo and inside the packaged app.asar. */
const iconPath = (): string => join(app.getAppPath(), 'resources', 'icon.png');

/** Creates the single, hardened application window and loads the renderer into it. */
export function createMainWindow(appUrl: string): BrowserWindow {
  const statePath = windowStatePath();
  const state = fitToDisplays(
    readWindowState(statePath),
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea),
  );

  const win = new BrowserWindow({
    title: 'Lotsbok',
    icon: iconPath(),
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: WINDOW_MIN_SIZE.width,
    minHeight: WINDOW_MIN_SIZE.height,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      // electron-vite builds the preload as CommonJS (package.json has no "type": "module").
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });

  trackWindowState(win, statePath);
  win.once('ready-to-show', () => {
    if (state.isMaximized) win.maximize();
    win.show();
  });

  // appUrl is the dev server or the file: URL of out/renderer/index.html (see resolveAppUrl).
  win.loadURL(appUrl).catch((error: unknown) => console.error('Kunde inte ladda Lotsbok:', error));
  return win;
}
