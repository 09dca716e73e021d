import { Entity, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { User } from './user.entity.js';

/** A server-side session kept in the database so any API replica can serve any request. */
@Entity({ tableName: 'session' })
export class Session extends BaseEntity {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'datetime' })
  @Index()
  expiresAt!: Date;

  @Property({ type: 'datetime' })
  lastSeenAt: Opt<Date> = new Date();

  @Property({ type: 'string', length: 300, nullable: true })
  userAgent: string | null = null;
}
