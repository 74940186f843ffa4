// The version of Huiyi, read from package.json when bundled (the one place it is written).
import { version } from '../../package.json';

export const VERSION: string = version;
