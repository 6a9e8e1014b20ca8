/**
 * English FAQ, keyed by the ids of the host's Vietnamese FAQ corpus (main/services/support/faq-corpus.ts). The host
 * answers in Vietnamese only; in English mode the screen shows these instead, and an id missing here falls back to the
 * Vietnamese entry (marked lang="vi"). Kiosk screens are named by their English labels.
 */
export interface FaqTranslation {
  readonly question: string;
  readonly answer: string;
}

export const FAQ_EN: Readonly<Record<string, FaqTranslation>> = {
  'vssid-what': {
    question: 'What is the VssID app?',
    answer:
      'VssID – Digital Social Insurance is the official phone app of Vietnam Social Security. It shows your social, health and unemployment insurance history, the benefits you received, your medical visits and your electronic health-insurance (BHYT) card.',
  },
  'vssid-install': {
    question: 'Where do I download and install VssID?',
    answer:
      'On Android, open CH Play (Google Play); on iPhone, open the App Store. Search for “VssID”, choose the VssID app, then tap Install (Android) or Get (iPhone).',
  },
  'vssid-login': {
    question: 'Which account do I sign in to VssID with?',
    answer:
      'Your user name is your social-insurance number (10 digits) and the password is the one the social-insurance office issued when your e-transaction account was approved. Change that password the first time you sign in.',
  },
  'vssid-devices': {
    question: 'Can one VssID account be signed in on two phones?',
    answer:
      'An account is signed in on one device at a time. Signing in on a second device shows a warning and asks for a one-time code (OTP) sent to your registered phone; the first device is then signed out.',
  },
  'vssid-card': {
    question: 'How do I see my health-insurance card in VssID?',
    answer:
      'Sign in to VssID, choose “Personal management”, then “Health-insurance card” and tap “View health-insurance card”. You can turn the phone sideways to see the card better.',
  },
  'vssid-history': {
    question: 'Where do I see my social-insurance contributions in VssID?',
    answer:
      'Choose “Participation history”: the app shows the periods, employers, occupations, positions and contribution levels for social, unemployment, work-accident and occupational-disease, and health insurance.',
  },
  'vssid-no-account': {
    question: 'What can I use in VssID without an account?',
    answer:
      'Without an account you can still find your social-insurance number, read the news, search online (social-insurance offices, healthcare facilities, insured employers, payment points) and use the support section. All of these are on this kiosk too.',
  },
  'maso-what': {
    question: 'What is the social-insurance number (mã số BHXH)?',
    answer:
      'It is a 10-digit number, unique to each person, used to track their social and health insurance. It is also your VssID user name and is printed on your health-insurance card.',
  },
  'maso-find': {
    question: 'I forgot my social-insurance number. Where can I find it?',
    answer:
      'It is the last 10 characters of your health-insurance card number (old cards have 15 characters). You can also choose “Find my social-insurance number” on the kiosk home screen and enter your name and birth date, or use “Find social-insurance number” in VssID.',
  },
  'maso-one': {
    question: 'Do I need a new social-insurance number when I change jobs?',
    answer: 'No. Everyone has one social-insurance number for life; when you change employer, give your existing number to the new one.',
  },
  'maso-sms': {
    question: 'How do I check my contribution history by text message?',
    answer: 'Send “BH QT <your social-insurance number>” to 8079 (1,000 đồng per message) to receive your contribution history.',
  },
  'register-how': {
    question: 'How do I register for an e-transaction (VssID) account?',
    answer:
      'Fill in the e-transaction registration form (Form 01) in the VssID app, on the public-service portal dichvucong.baohiemxahoi.gov.vn or right here at this kiosk; then go to a social-insurance office, sign the form and show your citizen ID card so the officer can verify it.',
  },
  'register-deadline': {
    question: 'After filling in Form 01, how soon must I hand it in?',
    answer:
      'Within 10 days of filling it in, go to a social-insurance office to hand in the form. After 10 days the electronic form is deleted automatically and you have to fill it in again.',
  },
  'register-papers': {
    question: 'What do I bring to hand in my VssID registration?',
    answer:
      'Bring your citizen ID card (or old ID card or passport). Form 01 is signed on paper with your full name: bring it if you printed it; otherwise the officer at the counter prints it for you to sign.',
  },
  'register-result': {
    question: 'When do I get my VssID account?',
    answer:
      'When the application is valid, the account is created and activated and you receive the account details by e-mail (if given) and by text message to your registered phone. If it is not valid, you are also told, so you can complete it or contact the nearest social-insurance office.',
  },
  'password-forgot': {
    question: 'I forgot my VssID password. What do I do?',
    answer:
      'Choose “Forgot password” in the VssID app or on the public-service portal and enter your social-insurance number and registered e-mail; a one-time code is sent to that e-mail and, once confirmed, a new password is e-mailed to you (free). You can also text “BH MK <your social-insurance number>” to 8079, or call the hotline 1900 9068.',
  },
  'password-change': {
    question: 'How do I change my VssID password?',
    answer:
      'In the app, choose “Change password”, enter the old password, the new password twice, then choose “Done”. A one-time code is sent to your registered phone to confirm it.',
  },
  'password-rotation': {
    question: 'How often must I change my VssID password?',
    answer: 'Change the password you were first given, and then change it at least every 6 months to keep your account safe.',
  },
  'password-otp-missing': {
    question: 'I did not receive the one-time code (OTP). What now?',
    answer:
      'The code goes only to the phone number or e-mail registered with the social-insurance office. If you changed your phone number or have no registered e-mail, ask a social-insurance office to update your details (form TK1-TS) or call the hotline 1900 9068.',
  },
  'card-lost': {
    question: 'I lost my health-insurance card. What should I do?',
    answer:
      'While you wait for a new one, you can still get treatment with the card image in the VssID app or with your chip citizen ID card. For a new card, bring your citizen ID card to a social-insurance office or to the employer or agent where you contribute; the officer will help you with the form.',
  },
  'card-digital': {
    question: 'Must I bring the paper health-insurance card to the doctor?',
    answer:
      'No. Since 1 June 2021 the card image in the VssID app can be used instead of the paper card; many healthcare facilities also accept the chip citizen ID card.',
  },
  'card-wrong-info': {
    question: 'The details on my health-insurance card are wrong. Where do I get them corrected?',
    answer:
      'Bring your citizen ID card and health-insurance card to a social-insurance office (or tell your employer) to ask for your name, birth date or other details to be corrected.',
  },
  'card-five-years': {
    question: 'What does “5 consecutive years from” on the health-insurance card mean?',
    answer:
      'It is the date on which you will have been insured for 5 years in a row. From then on, when you are treated at the right level of care and your co-payments in a year exceed 6 months of the base salary, the health-insurance fund pays the rest.',
  },
  'card-validity': {
    question: 'How do I know whether my health-insurance card is still valid?',
    answer:
      'Read the “Valid” line on the card, or open the health-insurance card in the VssID app. The officer at the counter can also check it for you.',
  },
  'kcb-initial': {
    question: 'What is my registered healthcare facility?',
    answer:
      'It is the facility printed on your health-insurance card as the place of initial registration, with a 5-character code (the first 2 are the province, e.g. 79-012 is 79012). Going there first gives you your full health-insurance benefits.',
  },
  'kcb-change': {
    question: 'How do I change my registered healthcare facility?',
    answer:
      'You may change it at the start of each quarter. Contact a social-insurance office or the employer or agent where you contribute; the facilities that accept registrations are listed under “Healthcare facilities” on this kiosk.',
  },
  'kcb-sick-leave': {
    question: 'Which facilities may issue sick-leave certificates for social-insurance benefits?',
    answer:
      'Choose “Healthcare facilities” on the kiosk, then the list for sick-leave certificates, and search by province, name or facility code.',
  },
  'contact-hotline': {
    question: 'What is the Vietnam Social Security hotline?',
    answer: 'The hotline is 1900 9068. You can also e-mail hotro@vss.gov.vn.',
  },
  'contact-email': {
    question: 'Where do I e-mail questions about social insurance?',
    answer: 'E-mail hotro@vss.gov.vn. Never send a password or a one-time code by e-mail.',
  },
  'contact-feedback': {
    question: 'How do I give feedback or a suggestion about the service?',
    answer:
      'Choose “Feedback and suggestions” on this kiosk, pick a topic and write your message; leave a phone number if you want an answer. In VssID it is under Support → Feedback.',
  },
  'contact-office': {
    question: 'Where do I find the address and opening hours of the nearest office?',
    answer:
      'Choose “Find a social-insurance office” on the kiosk and pick your province to see the address, phone number and opening hours, and scan the QR code to open directions on your phone.',
  },
  'kiosk-privacy': {
    question: 'Is what I type on the kiosk kept?',
    answer:
      'Look-up details are used only for your visit and are erased when you go back to the home screen or leave the kiosk. Feedback messages are kept so the social-insurance office can handle them.',
  },
};
