import { app, BrowserWindow } from 'electron';
import { resolveAppUrl } from './appUrl';
import { registerIpc } from './ipc/registerIpc';
import { installApplicationMenu } from './menu';
import { installSecurityHandlers } from './security';
import { createMainWindow } from './window';

// Every renderer sandboxed, whatever a window's own options say.
app.enableSandbox();
// Date and time inputs follow Chromium's own language, not the page's: Swedish, as the app is.
app.commandLine.appendSwitch('lang', 'sv-SE');

const appUrl = resolveAppUrl();
let mainWindow: BrowserWindow | null = null;

const openMainWindow = (): void => {
  mainWindow = createMainWindow(appUrl);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
};

// One instance only: two would write the same IndexedDB and window-state file.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) {
      // macOS: the app may be running with no window open.
      if (app.isReady()) openMainWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app
    .whenReady()
    .then(() => {
      installSecurityHandlers(appUrl);
      registerIpc(appUrl);
      installApplicationMenu();
      openMainWindow();
      // macOS keeps the app running without windows; the dock icon brings one back.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Lotsbok kunde inte starta:', error);
      app.quit();
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
