import 'reflect-metadata';
import { parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import {
  Authorized,
  buildSchema,
  Field,
  FieldResolver,
  ObjectType,
  Query,
  Resolver,
  Root,
  UseMiddleware,
} from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildFormasiSchema, readPlainFieldsInline } from './schema.js';

@ObjectType()
class InlineProbe {
  @Field()
  plain!: string;

  @Authorized('ADMIN')
  @Field(() => String, { nullable: true })
  guarded?: string;

  @Field({ name: 'renamed' })
  stored!: string;

  @UseMiddleware(({ root }, next) => ((root as InlineProbe).plain === '' ? Promise.resolve('empty') : next()))
  @Field()
  wrapped!: string;

  @Field()
  derived!: string;
}

@Resolver(() => InlineProbe)
class InlineProbeResolver {
  @Query(() => InlineProbe)
  probe(): InlineProbe {
    return Object.assign(new InlineProbe(), { plain: '', guarded: 'secret', stored: 'kept', wrapped: 'raw' });
  }

  @FieldResolver(() => String)
  derived(@Root() probe: InlineProbe): string {
    return `from ${probe.stored}`;
  }
}

const probeSchema = async () =>
  readPlainFieldsInline(
    await buildSchema({
      resolvers: [InlineProbeResolver],
      authChecker: ({ context }, roles) =>
        roles.every((role) => (context as { roles: string[] }).roles.includes(role)),
      authMode: 'null',
      validate: false,
    }),
  );

describe('readPlainFieldsInline', () => {
  it('drops only the resolvers that read a property under its own name', async () => {
    const probe = (await probeSchema()).getType('InlineProbe') as {
      getFields: () => Record<string, { resolve?: unknown }>;
    };
    const resolved = Object.entries(probe.getFields())
      .filter(([, field]) => field.resolve !== undefined)
      .map(([name]) => name)
      .sort();
    expect(resolved).toEqual(['derived', 'guarded', 'renamed', 'wrapped']);
  });

  it('keeps roles, middleware, renamed properties and field resolvers working under graphql-jit', async () => {
    const query = compileQuery(
      await probeSchema(),
      parse('{ probe { plain guarded renamed wrapped derived } }'),
    );
    if (!isCompiledQuery(query)) throw new Error(JSON.stringify(query));
    const asUser = await query.query(undefined, { roles: [] }, {});
    expect(asUser.data).toEqual({
      probe: { plain: '', guarded: null, renamed: 'kept', wrapped: 'empty', derived: 'from kept' },
    });
    const asAdmin = await query.query(undefined, { roles: ['ADMIN'] }, {});
    expect(asAdmin.data?.probe).toMatchObject({ guarded: 'secret' });
  });

  it('leaves Formasi’s field resolvers (relations, computed fields) in place', async () => {
    const schema = await buildFormasiSchema();
    const fields = (name: string) =>
      (schema.getType(name) as { getFields: () => Record<string, { resolve?: unknown }> }).getFields();
    expect(fields('Sector').name?.resolve).toBeUndefined();
    expect(fields('Position').unit?.resolve).toBeDefined();
  });
});
