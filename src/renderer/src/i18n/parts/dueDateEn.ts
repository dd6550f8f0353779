import type { dueDateSv } from './dueDateSv';

export const dueDateEn: typeof dueDateSv = {
  dayOff: {
    saturday: 'The date is a Saturday.',
    sunday: 'The date is a Sunday.',
    holiday: 'The date is {{holiday}}, a Swedish holiday.',
  },
  moveTo: 'Move to {{date}}',
  holidays: {
    nyarsdagen: "New Year's Day",
    trettondedagJul: 'Epiphany',
    langfredagen: 'Good Friday',
    paskdagen: 'Easter Sunday',
    annandagPask: 'Easter Monday',
    forstaMaj: 'May Day',
    kristiHimmelsfardsdag: 'Ascension Day',
    pingstdagen: 'Whit Sunday',
    nationaldagen: 'the National Day of Sweden',
    midsommarafton: 'Midsummer Eve',
    midsommardagen: 'Midsummer Day',
    allaHelgonsDag: "All Saints' Day",
    julafton: 'Christmas Eve',
    juldagen: 'Christmas Day',
    annandagJul: 'Boxing Day',
    nyarsafton: "New Year's Eve",
  },
};
