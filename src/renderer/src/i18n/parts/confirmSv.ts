/** Questions asked before something is thrown away or locked. Mounted as `confirm` in sv.ts. */
export const confirmSv = {
  unsaved: {
    title: 'Lämna utan att spara?',
    message: 'Det du har skrivit sparas inte.',
    confirm: 'Lämna utan att spara',
    cancel: 'Fortsätt redigera',
  },
  discardCall: {
    title: 'Kasta samtalet?',
    message: 'Det du har skrivit om samtalet sparas inte.',
    confirm: 'Kasta samtalet',
    cancel: 'Fortsätt skriva',
  },
  deleteMemo: {
    title: 'Ta bort samtalet?',
    message:
      'Samtalet är en privat minnesanteckning och tas bort för gott. Det går inte att ångra.',
    confirm: 'Ta bort samtalet',
  },
  archiveOrganisation: {
    title: 'Arkivera {{name}}?',
    message: 'Organisationen döljs i listor men finns kvar och kan återställas.',
    confirm: 'Arkivera organisationen',
  },
  archiveContact: {
    title: 'Arkivera {{name}}?',
    message: 'Kontaktpersonen döljs men finns kvar och kan återställas.',
    confirm: 'Arkivera kontaktpersonen',
  },
  freezeBrief: {
    title: 'Fastställa underlaget?',
    message:
      'Innehållet sparas som det ser ut nu och ändras inte längre när uppgifterna ändras. Du kan låsa upp det senare.',
    confirm: 'Fastställ',
  },
  unfreezeBrief: {
    title: 'Låsa upp underlaget?',
    message: 'Det följer då aktuella uppgifter igen.',
    confirm: 'Lås upp',
  },
};
