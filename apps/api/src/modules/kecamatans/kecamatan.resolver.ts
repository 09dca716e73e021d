import { Ctx, Query, Resolver } from 'type-graphql';
import { type Context } from '../../context.js';
import { Kecamatan } from './kecamatan.entity.js';

@Resolver(() => Kecamatan)
export class KecamatanResolver {
  @Query(() => [Kecamatan], { description: 'Kecamatan of the region, by Kemendagri code.' })
  kecamatans(@Ctx() { em }: Context): Promise<Kecamatan[]> {
    return em.find(Kecamatan, {}, { orderBy: { code: 'asc' } });
  }
}
