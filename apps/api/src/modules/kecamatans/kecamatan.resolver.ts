import { type GraphQLResolveInfo } from 'graphql';
import { Ctx, Info, Query, Resolver } from 'type-graphql';
import { allRows } from '../../common/row-query.js';
import { type Row } from '../../common/row-table.js';
import { selectionOf } from '../../common/selection.js';
import { type Context } from '../../context.js';
import { Kecamatan } from './kecamatan.entity.js';

@Resolver(() => Kecamatan)
export class KecamatanResolver {
  @Query(() => [Kecamatan], { description: 'Kecamatan of the region, by Kemendagri code.' })
  kecamatans(@Ctx() { em }: Context, @Info() info: GraphQLResolveInfo): Promise<Row<Kecamatan>[]> {
    return allRows<Kecamatan>(em, {
      entity: 'Kecamatan',
      selection: selectionOf(info),
      order: [{ path: ['code'], direction: 'asc' }],
    });
  }
}
