import { TextField } from '../../ui/TextField';

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
  const { kind, ...field } = props;
  return kind === 'password' ? <TextField {...field} mode="plain" masked /> : <TextField {...field} numeric />;
}
