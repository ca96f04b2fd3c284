// The names of the states, the District of Columbia and the territories in the 1033 data, as
// the data writes them in English (a test checks they match data/leso-1033.json), so each
// language's catalogue can give its own ("Californie", "Porto Rico"). Pure.
import { messages } from '../../core/i18n.js';

const msg = messages({
  'police.state.AK': 'Alaska',
  'police.state.AL': 'Alabama',
  'police.state.AR': 'Arkansas',
  'police.state.AS': 'American Samoa',
  'police.state.AZ': 'Arizona',
  'police.state.CA': 'California',
  'police.state.CO': 'Colorado',
  'police.state.CT': 'Connecticut',
  'police.state.DC': 'District of Columbia',
  'police.state.DE': 'Delaware',
  'police.state.FL': 'Florida',
  'police.state.GA': 'Georgia',
  'police.state.GU': 'Guam',
  'police.state.HI': 'Hawaii',
  'police.state.IA': 'Iowa',
  'police.state.ID': 'Idaho',
  'police.state.IL': 'Illinois',
  'police.state.IN': 'Indiana',
  'police.state.KS': 'Kansas',
  'police.state.KY': 'Kentucky',
  'police.state.LA': 'Louisiana',
  'police.state.MA': 'Massachusetts',
  'police.state.MD': 'Maryland',
  'police.state.ME': 'Maine',
  'police.state.MI': 'Michigan',
  'police.state.MN': 'Minnesota',
  'police.state.MO': 'Missouri',
  'police.state.MP': 'Commonwealth of the Northern Mariana Islands',
  'police.state.MS': 'Mississippi',
  'police.state.MT': 'Montana',
  'police.state.NC': 'North Carolina',
  'police.state.ND': 'North Dakota',
  'police.state.NE': 'Nebraska',
  'police.state.NH': 'New Hampshire',
  'police.state.NJ': 'New Jersey',
  'police.state.NM': 'New Mexico',
  'police.state.NV': 'Nevada',
  'police.state.NY': 'New York',
  'police.state.OH': 'Ohio',
  'police.state.OK': 'Oklahoma',
  'police.state.OR': 'Oregon',
  'police.state.PA': 'Pennsylvania',
  'police.state.PR': 'Puerto Rico',
  'police.state.RI': 'Rhode Island',
  'police.state.SC': 'South Carolina',
  'police.state.SD': 'South Dakota',
  'police.state.TN': 'Tennessee',
  'police.state.TX': 'Texas',
  'police.state.UT': 'Utah',
  'police.state.VA': 'Virginia',
  'police.state.VI': 'U.S. Virgin Islands',
  'police.state.VT': 'Vermont',
  'police.state.WA': 'Washington',
  'police.state.WI': 'Wisconsin',
  'police.state.WV': 'West Virginia',
  'police.state.WY': 'Wyoming',
});

const KEYS = new Set(['AK', 'AL', 'AR', 'AS', 'AZ', 'CA', 'CO', 'CT', 'DC', 'DE', 'FL', 'GA', 'GU', 'HI', 'IA', 'ID', 'IL', 'IN', 'KS', 'KY', 'LA', 'MA', 'MD', 'ME', 'MI', 'MN', 'MO', 'MP', 'MS', 'MT', 'NC', 'ND', 'NE', 'NH', 'NJ', 'NM', 'NV', 'NY', 'OH', 'OK', 'OR', 'PA', 'PR', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VA', 'VI', 'VT', 'WA', 'WI', 'WV', 'WY']);

/** A place's name in the reader's language; the data's English for a code the catalogue does not know. */
export function stateName(code: string, english: string): string {
  return KEYS.has(code) ? msg(`police.state.${code}` as 'police.state.AK') : english;
}
