/**
 * "Đăng ký tài khoản (tờ khai 01)" at the kiosk: the card fields come from the host (what its reader read), the
 * citizen adds phone, e-mail, contact address and office, confirms with the OTP sent to that phone, and gets the
 * registration code, a printed slip and Form 01 shown on screen (printed on the office's printer, never downloaded).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import styles from './Registration.module.css';
import fieldStyles from '../../ui/Field.module.css';
import { registrationErrorKey } from './registration-error';
import { Form01Print } from './Form01Print';
import type { SelfPrefill } from '../../../preload/contract/channels/registration';
import type { ScannedCode } from '../../../preload/contract/channels/devices';
import type { KioskError } from '../../../preload/contract/result';
import type { MessageKey } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { PdfView } from '../../ui/PdfView';
import { TextField } from '../../ui/TextField';
import { useApp, useT } from '../../state/store-context';

type Phase =
  | { readonly name: 'scan'; readonly notice?: MessageKey }
  | { readonly name: 'existing'; readonly prefill: SelfPrefill }
  | { readonly name: 'form'; readonly prefill: SelfPrefill }
  | { readonly name: 'otp'; readonly prefill: SelfPrefill; readonly contact: Contact; readonly otpSentTo: string }
  | { readonly name: 'done'; readonly registrationCode: string };

interface Contact {
  readonly phone: string;
  readonly email: string;
  readonly provinceCode: string;
  readonly wardCode: string;
  readonly street: string;
  readonly officeCode: string;
}

const PHONE = /^0[35789]\d{8}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SelfRegistrationScreen() {
  const t = useT();
  const api = useApp((s) => s.api);
  const [phase, setPhase] = useState<Phase>({ name: 'scan' });
  const [error, setError] = useState<KioskError | null>(null);
  const phaseRef = useRef(phase);
  phaseRef.current = phase;

  const loadPrefill = useCallback(async () => {
    const r = await api.registration.selfPrefill({});
    const now = phaseRef.current;
    if (now.name !== 'scan' && now.name !== 'form') return;
    if (r.ok) {
      setError(null);
      // Someone who already has an account is told so first: a new Form 01 is rarely what they came for.
      setPhase(
        now.name === 'scan' && r.value.existingAccount ? { name: 'existing', prefill: r.value } : { name: 'form', prefill: r.value },
      );
    } else setError(r.error);
  }, [api]);

  useEffect(() => {
    const onScan = (scan: ScannedCode) => {
      const now = phaseRef.current;
      if (now.name !== 'scan' && now.name !== 'form') return;
      if (!scan.ok) {
        setPhase({ name: 'scan', notice: 'reg.check.scanUnreadable' });
        return;
      }
      if (scan.code.kind === 'cccd') void loadPrefill();
      else if (scan.code.kind === 'bhyt') {
        // A BHYT card adds the mã số BHXH to a form already started from the CCCD.
        if (now.name === 'form') void loadPrefill();
        else setPhase({ name: 'scan', notice: 'reg.self.bhytRead' });
      }
    };
    return api.devices.onScanned(onScan);
  }, [api, loadPrefill]);

  const startSelf = async (prefill: SelfPrefill, contact: Contact): Promise<void> => {
    const r = await api.registration.startSelf({
      phone: contact.phone,
      provinceCode: contact.provinceCode,
      wardCode: contact.wardCode,
      street: contact.street,
      officeCode: contact.officeCode,
      ...(contact.email.trim() === '' ? {} : { email: contact.email.trim() }),
    });
    if (r.ok) {
      setError(null);
      setPhase({ name: 'otp', prefill, contact, otpSentTo: r.value.otpSentTo });
    } else setError(r.error);
  };

  return (
    <section aria-labelledby="reg-self-title" data-testid="reg-self" data-phase={phase.name}>
      <h2 id="reg-self-title" className={styles.title}>
        {t('reg.self.title')}
      </h2>
      {error ? (
        <p className={styles.error} role="alert" data-testid="reg-error">
          {t(registrationErrorKey(error))}
        </p>
      ) : null}
      {phase.name === 'scan' ? (
        <div className={styles.panel}>
          <p className={styles.step}>{t('reg.self.stepScan')}</p>
          {phase.notice ? (
            <p className={phase.notice === 'reg.self.bhytRead' ? styles.ok : styles.error} role="status" data-testid="reg-notice">
              {t(phase.notice)}
            </p>
          ) : null}
        </div>
      ) : null}
      {phase.name === 'existing' ? (
        <ExistingAccount prefill={phase.prefill} onContinue={() => setPhase({ name: 'form', prefill: phase.prefill })} />
      ) : null}
      {phase.name === 'form' ? <ContactForm prefill={phase.prefill} onSubmit={(contact) => startSelf(phase.prefill, contact)} /> : null}
      {phase.name === 'otp' ? (
        <OtpStep
          otpSentTo={phase.otpSentTo}
          onConfirm={async (otp) => {
            const r = await api.registration.confirmSelf({ otp });
            if (r.ok) {
              setError(null);
              setPhase({ name: 'done', registrationCode: r.value.registrationCode });
            } else setError(r.error);
          }}
          onResend={() => void startSelf(phase.prefill, phase.contact)}
        />
      ) : null}
      {phase.name === 'done' ? <Done registrationCode={phase.registrationCode} /> : null}
    </section>
  );
}

function ExistingAccount(props: { readonly prefill: SelfPrefill; readonly onContinue: () => void }) {
  const t = useT();
  const go = useApp((s) => s.go);
  return (
    <div className={styles.panel} data-testid="reg-existing">
      <p className={styles.warn} role="status" data-testid="reg-existing-warning">
        {t('reg.self.existing', { insuranceNumber: props.prefill.insuranceNumber ?? '' })}
      </p>
      <p>{t('reg.self.existingHelp')}</p>
      <div className={styles.actions}>
        <Button primary onClick={() => go({ name: 'signIn' })} testId="reg-existing-sign-in">
          {t('reg.self.existingSignIn')}
        </Button>
        <Button onClick={props.onContinue} testId="reg-existing-continue">
          {t('reg.self.existingContinue')}
        </Button>
      </div>
    </div>
  );
}

function ContactForm(props: { readonly prefill: SelfPrefill; readonly onSubmit: (c: Contact) => Promise<void> }) {
  const t = useT();
  const api = useApp((s) => s.api);
  const provinces = useApp((s) => s.provinces);
  const loadProvinces = useApp((s) => s.loadProvinces);
  const { prefill } = props;
  // Province and ward come from the card's address, pre-2025 names already mapped to 2025 units by the host.
  const [c, setC] = useState<Contact>({
    phone: '',
    email: '',
    provinceCode: prefill.provinceCode ?? '',
    wardCode: prefill.wardCode ?? '',
    street: prefill.street,
    officeCode: '',
  });
  // A split old ward: only the wards it became are offered, as long as the citizen keeps the card's province.
  const split = prefill.wardCandidates.length > 1 && c.provinceCode === prefill.provinceCode;
  const [wards, setWards] = useState<readonly { code: string; name: string }[]>([]);
  const [offices, setOffices] = useState<readonly { code: string; name: string }[]>([]);
  const [invalid, setInvalid] = useState<Partial<Record<keyof Contact, string>>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadProvinces();
  }, [loadProvinces]);

  useEffect(() => {
    if (c.provinceCode === '') return undefined;
    let live = true;
    void (async () => {
      const [w, o] = await Promise.all([
        api.registration.wards({ provinceCode: c.provinceCode }),
        api.offices.search({ provinceCode: c.provinceCode, limit: 50 }),
      ]);
      if (!live) return;
      setWards(w.ok ? w.value : []);
      setOffices(o.ok ? o.value.items.map((x) => ({ code: x.code, name: x.name })) : []);
    })();
    return () => {
      live = false;
    };
  }, [api, c.provinceCode]);

  // A field the citizen just changed loses its old complaint; the rest are checked again on submit.
  const clear = (...keys: (keyof Contact)[]) =>
    setInvalid((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !keys.includes(k as keyof Contact))));
  const set = (k: keyof Contact) => (v: string) => {
    clear(k);
    setC((prev) => ({ ...prev, [k]: v }));
  };
  // What every contact field takes the same way; a field overrides onChange where it filters its input.
  const bind = (k: keyof Contact) => ({ name: k, value: c[k], onChange: set(k), error: invalid[k] });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: Partial<Record<keyof Contact, string>> = {};
    if (!PHONE.test(c.phone)) problems.phone = t('reg.self.phoneInvalid');
    if (c.email.trim() !== '' && !EMAIL.test(c.email.trim())) problems.email = t('reg.self.emailInvalid');
    for (const k of ['provinceCode', 'wardCode', 'street', 'officeCode'] as const)
      if (c[k].trim() === '') problems[k] = t('reg.self.required');
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    await props.onSubmit(c);
    setBusy(false);
  };

  return (
    <form className={styles.panel} onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('reg.self.fromCard')}</h3>
      <dl className={styles.facts} data-testid="reg-prefill">
        <dt>{t('reg.field.fullName')}</dt>
        <dd data-testid="reg-prefill-name">{prefill.fullName}</dd>
        <dt>{t('reg.field.idNumber')}</dt>
        <dd>{prefill.idNumber}</dd>
        <dt>{t('reg.field.dateOfBirth')}</dt>
        <dd>{prefill.dateOfBirth.split('-').reverse().join('/')}</dd>
        <dt>{t('reg.field.gender')}</dt>
        <dd>{t(prefill.gender === 'male' ? 'reg.gender.male' : 'reg.gender.female')}</dd>
        <dt>{t('reg.self.insuranceNumber')}</dt>
        <dd data-testid="reg-prefill-insurance">{prefill.insuranceNumber ?? t('reg.self.noInsuranceNumber')}</dd>
      </dl>
      <h3>{t('reg.self.contact')}</h3>
      {split ? (
        <p className={styles.step} data-testid="reg-ward-split">
          {t('reg.self.wardSplit', { count: prefill.wardCandidates.length })}
        </p>
      ) : prefill.provinceCode !== null ? (
        <p className={styles.step} data-testid="reg-address-prefilled">
          {t('reg.self.addressPrefilled')}
        </p>
      ) : null}
      <div className={styles.grid}>
        <TextField
          label={t('reg.self.phone')}
          {...bind('phone')}
          onChange={(v) => set('phone')(v.replace(/\D/g, ''))}
          numeric
          maxLength={10}
        />
        <TextField label={t('reg.self.email')} {...bind('email')} mode="email" maxLength={254} testId="reg-email" />
        <Select
          label={t('reg.self.province')}
          {...bind('provinceCode')}
          options={provinces}
          onChange={(v) => {
            clear('provinceCode');
            setC((prev) => ({ ...prev, provinceCode: v, wardCode: '', officeCode: '' }));
          }}
        />
        <Select label={t('reg.self.ward')} {...bind('wardCode')} options={split ? prefill.wardCandidates : wards} />
        <TextField label={t('reg.self.street')} {...bind('street')} maxLength={200} testId="reg-street" />
        <Select label={t('reg.self.office')} {...bind('officeCode')} options={offices} />
      </div>
      <div className={styles.actions}>
        <Button primary type="submit" disabled={busy} testId="reg-send-otp">
          {t('reg.self.sendOtp')}
        </Button>
      </div>
    </form>
  );
}

function Select(props: {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly options: readonly { readonly code: string; readonly name: string }[];
  readonly error: string | undefined;
  readonly onChange: (v: string) => void;
}) {
  const t = useT();
  const id = `reg-${props.name}`;
  return (
    <div className={fieldStyles.field}>
      <label className={fieldStyles.label} htmlFor={id}>
        {props.label}
      </label>
      <select
        id={id}
        name={props.name}
        className={styles.select}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-err` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">{t('reg.self.choose')}</option>
        {props.options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
      </select>
      {props.error ? (
        <div id={`${id}-err`} className={fieldStyles.error} role="alert">
          {props.error}
        </div>
      ) : null}
    </div>
  );
}

function OtpStep(props: { readonly otpSentTo: string; readonly onConfirm: (otp: string) => Promise<void>; readonly onResend: () => void }) {
  const t = useT();
  const [otp, setOtp] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      className={styles.panel}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void props.onConfirm(otp).finally(() => setBusy(false));
      }}
      noValidate
    >
      <p className={styles.ok} role="status" data-testid="reg-otp-sent">
        {t('reg.self.otpSent', { phone: props.otpSentTo })}
      </p>
      <TextField label={t('reg.self.otp')} name="otp" numeric maxLength={6} value={otp} onChange={(v) => setOtp(v.replace(/\D/g, ''))} />
      <div className={styles.actions}>
        <Button primary type="submit" disabled={busy} testId="reg-confirm">
          {t('reg.self.confirm')}
        </Button>
        <Button onClick={props.onResend} testId="reg-resend">
          {t('reg.self.resend')}
        </Button>
      </div>
    </form>
  );
}

function Done({ registrationCode }: { readonly registrationCode: string }) {
  const t = useT();
  const api = useApp((s) => s.api);
  const resetCitizen = useApp((s) => s.resetCitizen);
  const [pdf, setPdf] = useState<{ bytes: Uint8Array } | null>(null);
  const [loading, setLoading] = useState(false);

  const showPdf = async () => {
    setLoading(true);
    const r = await api.registration.formPdf({});
    setLoading(false);
    if (!r.ok) return;
    const bytes = Uint8Array.from(atob(r.value.pdfBase64), (ch) => ch.charCodeAt(0));
    setPdf({ bytes });
  };

  return (
    <div className={styles.panel}>
      <div className={styles.ticket} role="status">
        <p>{t('reg.self.doneCode')}</p>
        <p className={styles.code} data-testid="reg-self-code">
          {registrationCode}
        </p>
      </div>
      <p>{t('reg.self.doneNext')}</p>
      <Form01Print from="filed" />
      <div className={styles.actions}>
        {/* Shown in the page only, never as a download: a public kiosk must not keep a citizen's form on its disk. */}
        <Button onClick={() => void showPdf()} disabled={loading || pdf !== null} testId="reg-pdf">
          {loading ? t('reg.self.pdfLoading') : t('reg.self.pdfView')}
        </Button>
        <Button primary onClick={resetCitizen} testId="reg-done">
          {t('reg.done')}
        </Button>
      </div>
      {pdf ? <PdfView className={styles.pdfFrame} bytes={pdf.bytes} title={t('reg.self.pdfFrame')} testId="reg-pdf-frame" /> : null}
    </div>
  );
}
