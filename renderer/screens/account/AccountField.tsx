import { useT } from '../../state/store-context';
import { KeyboardField } from '../../ui/keyboard/KeyboardField';

/**
 * A labelled field for sign-in forms on the on-screen keyboard: passwords are masked and typed without Telex
 * (so "s" stays "s"), codes and numbers get the digit pad.
 */
export function AccountField(props: {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly kind: 'password' | 'digits';
  readonly maxLength: number;
  readonly autoFocus?: boolean;
}) {
  const t = useT();
  return (
    <KeyboardField
      label={props.label}
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      mode={props.kind === 'digits' ? 'digits' : 'plain'}
      inputMethod="telex"
      masked={props.kind === 'password'}
      maxLength={props.maxLength}
      autoFocus={props.autoFocus}
      t={t}
    />
  );
}
