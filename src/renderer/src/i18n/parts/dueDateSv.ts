/** A follow-up date that falls on a weekend or holiday. Mounted as `dueDate` in sv.ts. */
export const dueDateSv = {
  dayOff: {
    saturday: 'Datumet är en lördag.',
    sunday: 'Datumet är en söndag.',
    holiday: 'Datumet är {{holiday}}.',
  },
  moveTo: 'Flytta till {{date}}',
  holidays: {
    nyarsdagen: 'nyårsdagen',
    trettondedagJul: 'trettondedag jul',
    langfredagen: 'långfredagen',
    paskdagen: 'påskdagen',
    annandagPask: 'annandag påsk',
    forstaMaj: 'första maj',
    kristiHimmelsfardsdag: 'Kristi himmelsfärds dag',
    pingstdagen: 'pingstdagen',
    nationaldagen: 'Sveriges nationaldag',
    midsommarafton: 'midsommarafton',
    midsommardagen: 'midsommardagen',
    allaHelgonsDag: 'alla helgons dag',
    julafton: 'julafton',
    juldagen: 'juldagen',
    annandagJul: 'annandag jul',
    nyarsafton: 'nyårsafton',
  },
};
