/**
 * Imported first by the Node entry scripts (before anything that reads the
 * site config), so GARDENIA_SITE_CONFIG applies to them too: see swap.ts.
 */
import { registerSiteConfigHook } from './swap.ts';

registerSiteConfigHook();
