/**
 * A kiosk field typed as-is (no Telex/VNI): registration codes and e-mail addresses, where "w" must stay "w".
 * The keyboard mode picks the keys: 'email' adds @ . - _ and .vn/.com, 'code' is capitals, digits and "-".
 */
import { useT } from '../../state/store-context';
import { KeyboardField } from '../../ui/keyboard/KeyboardField';

export function PlainField(props: {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength: number;
  readonly error?: string | undefined;
  readonly testId?: string;
  readonly mode?: 'plain' | 'email' | 'code';
}) {
  const t = useT();
  return (
    <KeyboardField
      label={props.label}
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      mode={props.mode ?? 'plain'}
      inputMethod="telex"
      t={t}
      error={props.error}
      maxLength={props.maxLength}
      testId={props.testId}
    />
  );
}
