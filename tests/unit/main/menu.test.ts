import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '@shared/desktopApi';
import { IPC } from '@shared/ipcChannels';

const electron = vi.hoisted(() => {
  const focused = { webContents: { send: vi.fn() } };
  return {
    focused,
    app: {
      isPackaged: true,
      getVersion: () => '0.1.0',
      setAboutPanelOptions: vi.fn(),
      showAboutPanel: vi.fn(),
    },
    BrowserWindow: {
      getFocusedWindow: vi.fn(() => focused),
      getAllWindows: vi.fn(() => [focused]),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
  };
});
vi.mock('electron', () => electron);

const { buildMenuTemplate, installApplicationMenu } = await import('../../../src/main/menu');

const submenuOf = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];

const findMenu = (template: MenuItemConstructorOptions[], label: string) =>
  submenuOf(template.find((item) => item.label === label));

const findItem = (template: MenuItemConstructorOptions[], menu: string, label: string) => {
  const item = findMenu(template, menu).find((entry) => entry.label === label);
  if (!item) throw new Error(`Saknar menyvalet ${menu} → ${label}`);
  return item;
};

/** Menu clicks take (menuItem, window, event) in Electron; our handlers ignore all three. */
const click = (item: MenuItemConstructorOptions): void => {
  if (!item.click) throw new Error(`${item.label ?? item.role} har ingen click`);
  Reflect.apply(item.click, undefined, []);
};

const build = (overrides: { isMac?: boolean; isPackaged?: boolean } = {}) => {
  const send = vi.fn<(command: MenuCommand) => void>();
  const onAbout = vi.fn();
  const template = buildMenuTemplate(send, {
    isMac: overrides.isMac ?? false,
    isPackaged: overrides.isPackaged ?? true,
    onAbout,
  });
  return { send, onAbout, template };
};

beforeEach(() => vi.clearAllMocks());

describe('buildMenuTemplate', () => {
  it('has the Swedish top-level menus', () => {
    expect(build().template.map((item) => item.label)).toEqual([
      'Arkiv',
      'Redigera',
      'Visa',
      'Hjälp',
    ]);
  });

  it.each([
    ['Arkiv', 'Ny organisation', 'CmdOrCtrl+N', 'new-organisation'],
    ['Arkiv', 'Logga samtal', 'CmdOrCtrl+L', 'log-call'],
    ['Visa', 'Idag', 'CmdOrCtrl+1', 'open-today'],
    ['Visa', 'Ärenden', 'CmdOrCtrl+2', 'open-inquiries'],
    ['Visa', 'Organisationer', 'CmdOrCtrl+3', 'open-organisations'],
    ['Visa', 'Samtal', 'CmdOrCtrl+4', 'open-calls'],
    ['Visa', 'Inställningar', 'CmdOrCtrl+,', 'open-settings'],
  ] as const)('%s → %s (%s) sends %s', (menu, label, accelerator, command) => {
    const { template, send } = build();
    const item = findItem(template, menu, label);
    expect(item.accelerator).toBe(accelerator);
    click(item);
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('labels the standard edit roles in Swedish', () => {
    const edit = findMenu(build().template, 'Redigera').filter((item) => item.role);
    expect(edit.map((item) => [item.role, item.label])).toEqual([
      ['undo', 'Ångra'],
      ['redo', 'Gör om'],
      ['cut', 'Klipp ut'],
      ['copy', 'Kopiera'],
      ['paste', 'Klistra in'],
      ['selectAll', 'Markera allt'],
    ]);
  });

  it('ends Arkiv with Avsluta, and opens the about panel from Hjälp', () => {
    const { template, onAbout } = build();
    expect(findMenu(template, 'Arkiv').at(-1)).toEqual({ role: 'quit', label: 'Avsluta' });
    click(findItem(template, 'Hjälp', 'Om Lotsbok'));
    expect(onAbout).toHaveBeenCalledOnce();
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isPackaged: boolean) =>
      findMenu(build({ isPackaged }).template, 'Visa').map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toEqual(
      expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']),
    );
    expect(roles(true)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
  });

  it('puts the app menu first on macOS', () => {
    const { template } = build({ isMac: true });
    expect(template.map((item) => item.label)).toEqual([
      'Lotsbok',
      'Arkiv',
      'Redigera',
      'Visa',
      'Hjälp',
    ]);
    expect(findMenu(template, 'Lotsbok').at(-1)).toEqual({
      role: 'quit',
      label: 'Avsluta Lotsbok',
    });
  });
});

describe('installApplicationMenu', () => {
  it('sends menu commands to the focused window over the menu channel', () => {
    installApplicationMenu();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] ?? [];
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();

    click(findItem(template, 'Arkiv', 'Logga samtal'));
    expect(electron.focused.webContents.send).toHaveBeenCalledWith(IPC.menuCommand, 'log-call');
  });
});
