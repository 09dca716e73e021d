import { type Language } from '@formasi/core';

/**
 * The language core writes a request's explanations in, from the first tag of its Accept-Language header: `id…`
 * is Bahasa Indonesia; `en…`, any other tag or no header is English, so reporting tools stay English unless they
 * ask. Quality values are not weighed: the admin sends a single tag.
 */
export function requestLanguage(acceptLanguage: string | undefined): Language {
  const firstTag = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim().toLowerCase() ?? '';
  return firstTag.split('-')[0] === 'id' ? 'id' : 'en';
}
