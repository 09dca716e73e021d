import { type featuresId } from './features';
import { type CoreTranslation } from './id';

/** Every key the admin translates: id.ts (sign-in page and shell) and features.ts (the screens). */
export type Translation = CoreTranslation & typeof featuresId;
