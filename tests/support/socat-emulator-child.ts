/** A process that plugs a socat serial emulator in the folder argv[2] and says "plugged": for the SIGKILL test. */
import { SocatSerialEmulator } from '../../native/serial/socat-serial-emulator';

const dir = process.argv[2];
if (!dir) throw new Error('usage: socat-emulator-child DIR');
const emulator = new SocatSerialEmulator({ dir });
await emulator.plug();
process.stdout.write('plugged\n');
setInterval(() => undefined, 1000);
