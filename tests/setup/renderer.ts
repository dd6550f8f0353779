// fake-indexeddb must be installed before Dexie is imported anywhere.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';

// jsdom has no modal dialogs; the native <dialog> only needs to open and close in component tests.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
};
