import { describe, expect, it } from 'vitest';
import { requestLanguage } from './request-language.js';

describe('requestLanguage', () => {
  it.each([
    ['id', 'id'],
    ['id-ID', 'id'],
    ['ID-id', 'id'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    [' id ;q=1', 'id'],
    ['en', 'en'],
    ['en-US,id;q=0.9', 'en'],
    ['fr-FR,id;q=0.9', 'en'],
    ['ido', 'en'],
    ['*', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('reads %j as %s', (header, language) => {
    expect(requestLanguage(header)).toBe(language);
  });
});
