import projectKey from '../../data/catalogue-project-key.json' with { type: 'json' };
import type { TrustedKey } from './catalogue-signature';

/**
 * The project's catalogue-signing public key (data/catalogue-project-key.json), bundled into the
 * main process so it ships inside the signed, integrity-checked app. Its private key is kept
 * offline by the maintainers (README, "Signed catalogues").
 */
export const PROJECT_KEY: TrustedKey = projectKey;
