import type { MessageKey } from './vi';
import { publicEn } from './public-en';
import { registrationEn } from './registration-en';
import { form01PrintEn } from './form01-print-en';
import { accountEn } from './account-en';
import { cardEn } from './card-en';
import { documentEn } from './document-en';
import { sessionGuardEn } from './session-guard-en';
import { sessionEndEn } from './session-end-en';
import { statementEn } from './statement-en';
import { devicesEn } from './devices-en';
import { readersEn } from './readers-en';
import { scanErrorsEn } from './scan-errors-en';
import { officerEn } from './officer-en';
import { officerSupervisorEn } from './officer-supervisor-en';
import { kioskEn } from './kiosk-en';
import { keyboardEn } from './keyboard-en';
import { servicesEn } from './services-en';
import { boardEn } from './board-en';
import { officerRecallEn } from './officer-recall-en';

/** English catalogue: every key of the Vietnamese one, checked by the compiler. */
export const en: Readonly<Record<MessageKey, string>> = {
  ...accountEn,
  ...cardEn,
  ...documentEn,
  ...sessionGuardEn,
  ...sessionEndEn,
  ...statementEn,
  ...devicesEn,
  ...readersEn,
  ...scanErrorsEn,
  ...officerEn,
  ...officerSupervisorEn,
  ...kioskEn,
  ...keyboardEn,
  ...servicesEn,
  ...publicEn,
  ...registrationEn,
  ...form01PrintEn,
  ...boardEn,
  ...officerRecallEn,
  'app.title': 'Vietnam Social Security',
  'app.subtitle': 'Self-service kiosk',
  'app.language': 'Language',
  'app.switchToEnglish': 'English',
  'app.switchToVietnamese': 'Tiếng Việt',
  'app.home': 'Home',
  'app.back': 'Back',
  'app.connecting': 'Connecting to the kiosk host…',
  'app.noToken': 'Cannot connect: the kiosk session token is missing. Open the kiosk with the link printed by the host.',
  'home.greeting': 'Hello! What would you like to do today?',
  'home.scanHint': 'You can present your ID card or health-insurance card to the reader at any time.',
  'home.group.lookup': 'Look up',
  'home.group.records': 'My records',
  'home.group.form01': 'Form 01 and queue number',
  'home.group.help': 'Support and news',
  'home.hotline': 'Vietnam Social Security hotline: {hotline} · E-mail: {email}',
  'home.lookup': 'Find my social-insurance number',
  'home.lookup.desc': 'Look up your number by full name and date of birth',
  'lookup.title': 'Find a social-insurance number',
  'lookup.intro': 'Enter your full name (with or without diacritics) and date of birth. Fields marked * are required.',
  'lookup.fullName': 'Full name *',
  'lookup.fullName.placeholder': 'For example: Nguyễn Văn An',
  'lookup.dob': 'Date of birth *',
  'lookup.dob.day': 'Day',
  'lookup.dob.month': 'Month',
  'lookup.dob.year': 'Year',
  'lookup.province': 'Province/city (optional)',
  'lookup.province.any': 'All provinces',
  'lookup.ward': 'Ward/commune (optional)',
  'lookup.ward.any': 'All wards',
  'lookup.idNumber': 'ID card number (optional)',
  'lookup.submit': 'Search',
  'lookup.searching': 'Searching…',
  'lookup.again': 'Search again',
  'lookup.found': 'Social-insurance number found',
  'lookup.none': 'Nobody matches the details you entered.',
  'lookup.none.help':
    'Check the name and date of birth, or add your ID card number. If you still cannot find it, please ask at the counter.',
  'lookup.ambiguous': '{count} people share this name and date of birth.',
  'lookup.ambiguous.help':
    'Because several people match, only the last 3 digits of each social insurance number are shown. Choose a province or enter your ID card number to narrow the results and see your full number.',
  'lookup.result.insuranceNumber': 'Social-insurance number',
  'lookup.result.name': 'Full name',
  'lookup.result.birthYear': 'Year of birth',
  'lookup.result.idNumber': 'ID card number',
  'lookup.result.province': 'Residence',
  'lookup.masked.note': 'Part of the information is hidden to protect personal data.',
  'error.fullName.required': 'Please enter your full name.',
  'error.fullName.tooLong': 'The name is too long (at most 100 characters).',
  'error.dob.invalid': 'Choose at least the year of birth. If you choose a day, choose the month too.',
  'error.dob.future': 'The date of birth cannot be in the future.',
  'error.idNumber.invalid': 'The ID card number must have 12 digits (or 9 for an old ID).',
  'error.rate-limited': 'Too many searches. Please wait a moment and try again.',
  'error.host-unavailable': 'Lost the connection to the kiosk host. Please try again in a moment.',
  'error.invalid-input': 'Some details are not in the right format.',
  'error.generic': 'Something went wrong. Please try again or ask at the counter.',
  'keyboard.label': 'On-screen keyboard',
  'keyboard.backspace': 'Backspace',
  'keyboard.space': 'Space',
  'keyboard.shift': 'Capital letter',
  'keyboard.done': 'Done',
  'keyboard.method': 'Typing method',
  'keyboard.method.telex': 'Telex',
  'keyboard.method.vni': 'VNI',
  'keyboard.hint.telex':
    'Telex: aa → â, aw → ă, ee → ê, oo → ô, ow → ơ, w → ư, dd → đ; tones: s sắc, f huyền, r hỏi, x ngã, j nặng, z removes the tone.',
  'keyboard.hint.vni': 'VNI: 6 → â ê ô, 7 → ơ ư, 8 → ă, 9 → đ; tones: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng, 0 removes the tone.',
  'date.day': 'Day',
  'date.month': 'Month',
  'date.year': 'Year',
  'date.choose': 'Choose',
  'date.partialHint':
    'If your papers show only the year of birth, choose the Year and leave Day and Month empty. With only month and year, leave Day empty.',
  'date.monthOption': 'Month {month}',
  'date.decrease': 'Decrease {part}',
  'date.increase': 'Increase {part}',
  'date.decrease10': '10 years back',
  'date.increase10': '10 years forward',
  'idle.title': 'Are you still using the kiosk?',
  'idle.message': 'Seconds left before the screen returns to the start page: {seconds}. Your information will be erased.',
  'idle.continue': 'Continue',
  'display.label': 'Display',
  'display.textSize': 'Text size',
  'display.textSize.option': 'Text size {percent}%',
  'display.contrast': 'High contrast',
};
