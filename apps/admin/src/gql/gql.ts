/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query HomePage {\n    me {\n      id\n      name\n    }\n    sectors(first: 1) {\n      totalCount\n    }\n    units(first: 1) {\n      totalCount\n    }\n    positions(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  mutation LoginPageLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.LoginPageLoginDocument,
    "\n  mutation PositionCreatePageCreate($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      id\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n": typeof types.PositionCreatePageCreateDocument,
    "\n  query PositionEditPage($id: ID!) {\n    position(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      unit {\n        id\n        name\n      }\n      sector {\n        id\n        name\n      }\n      ...PositionForm_position\n    }\n  }\n": typeof types.PositionEditPageDocument,
    "\n  mutation PositionEditPageUpdate($id: ID!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, input: $input) {\n      id\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n": typeof types.PositionEditPageUpdateDocument,
    "\n  mutation PositionEditPageArchive($id: ID!) {\n    archivePosition(id: $id) {\n      id\n      archived\n      archivedAt\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n": typeof types.PositionEditPageArchiveDocument,
    "\n  query PositionsPage($first: Int!, $offset: Int!, $filter: PositionFilter, $sort: PositionSort) {\n    positions(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PositionsTable_position\n        }\n      }\n    }\n  }\n": typeof types.PositionsPageDocument,
    "\n  fragment PositionForm_position on Position {\n    id\n    name\n    kind\n    level\n    isTeacher\n    educationLevels\n    studyPrograms\n    licences\n    competencies\n    description\n    retirementAge\n    unit {\n      id\n    }\n  }\n": typeof types.PositionForm_PositionFragmentDoc,
    "\n  fragment PositionsTable_position on Position {\n    id\n    name\n    kind\n    level\n    isTeacher\n    educationLevels\n    retirementAge\n    archived\n    unit {\n      id\n      name\n    }\n    sector {\n      id\n      name\n    }\n  }\n": typeof types.PositionsTable_PositionFragmentDoc,
    "\n  mutation SectorCreatePageCreate($input: CreateSectorInput!) {\n    createSector(input: $input) {\n      id\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n": typeof types.SectorCreatePageCreateDocument,
    "\n  query SectorEditPage($id: ID!) {\n    sector(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      ...SectorForm_sector\n    }\n  }\n": typeof types.SectorEditPageDocument,
    "\n  mutation SectorEditPageUpdate($id: ID!, $input: UpdateSectorInput!) {\n    updateSector(id: $id, input: $input) {\n      id\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n": typeof types.SectorEditPageUpdateDocument,
    "\n  mutation SectorEditPageArchive($id: ID!) {\n    archiveSector(id: $id) {\n      id\n      archived\n      archivedAt\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n": typeof types.SectorEditPageArchiveDocument,
    "\n  query SectorsPage($first: Int!, $offset: Int!, $filter: SectorFilter, $sort: SectorSort) {\n    sectors(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...SectorsTable_sector\n        }\n      }\n    }\n  }\n": typeof types.SectorsPageDocument,
    "\n  fragment SectorForm_sector on Sector {\n    id\n    code\n    name\n    description\n    archived\n  }\n": typeof types.SectorForm_SectorFragmentDoc,
    "\n  query SectorSelectOptions {\n    sectors(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.SectorSelectOptionsDocument,
    "\n  fragment SectorsTable_sector on Sector {\n    id\n    code\n    name\n    description\n    archived\n    updatedAt\n  }\n": typeof types.SectorsTable_SectorFragmentDoc,
    "\n  query AppShell {\n    me {\n      id\n      roles\n      ...UserMenu_user\n    }\n  }\n": typeof types.AppShellDocument,
    "\n  mutation AppShellSignOut {\n    logout\n  }\n": typeof types.AppShellSignOutDocument,
    "\n  fragment UserMenu_user on User {\n    name\n    email\n    roles\n  }\n": typeof types.UserMenu_UserFragmentDoc,
    "\n  mutation UnitCreatePageCreate($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n": typeof types.UnitCreatePageCreateDocument,
    "\n  query UnitEditPage($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      ...UnitForm_unit\n    }\n  }\n": typeof types.UnitEditPageDocument,
    "\n  mutation UnitEditPageUpdate($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      id\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n": typeof types.UnitEditPageUpdateDocument,
    "\n  mutation UnitEditPageArchive($id: ID!) {\n    archiveUnit(id: $id) {\n      id\n      archived\n      archivedAt\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n": typeof types.UnitEditPageArchiveDocument,
    "\n  query UnitsPage($first: Int!, $offset: Int!, $filter: UnitFilter, $sort: UnitSort) {\n    units(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...UnitsTable_unit\n        }\n      }\n    }\n  }\n": typeof types.UnitsPageDocument,
    "\n  query KecamatanSelectOptions {\n    kecamatans {\n      id\n      code\n      name\n    }\n  }\n": typeof types.KecamatanSelectOptionsDocument,
    "\n  fragment UnitForm_unit on Unit {\n    id\n    code\n    name\n    kind\n    address\n    archived\n    sector {\n      id\n    }\n    parent {\n      id\n    }\n    kecamatan {\n      id\n    }\n  }\n": typeof types.UnitForm_UnitFragmentDoc,
    "\n  query UnitSelectOptions($filter: UnitFilter) {\n    units(first: 20, filter: $filter, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.UnitSelectOptionsDocument,
    "\n  query UnitSelectSelected($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.UnitSelectSelectedDocument,
    "\n  fragment UnitsTable_unit on Unit {\n    id\n    code\n    name\n    kind\n    archived\n    sector {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    kecamatan {\n      id\n      name\n    }\n  }\n": typeof types.UnitsTable_UnitFragmentDoc,
};
const documents: Documents = {
    "\n  query HomePage {\n    me {\n      id\n      name\n    }\n    sectors(first: 1) {\n      totalCount\n    }\n    units(first: 1) {\n      totalCount\n    }\n    positions(first: 1) {\n      totalCount\n    }\n  }\n": types.HomePageDocument,
    "\n  mutation LoginPageLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n": types.LoginPageLoginDocument,
    "\n  mutation PositionCreatePageCreate($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      id\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n": types.PositionCreatePageCreateDocument,
    "\n  query PositionEditPage($id: ID!) {\n    position(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      unit {\n        id\n        name\n      }\n      sector {\n        id\n        name\n      }\n      ...PositionForm_position\n    }\n  }\n": types.PositionEditPageDocument,
    "\n  mutation PositionEditPageUpdate($id: ID!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, input: $input) {\n      id\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n": types.PositionEditPageUpdateDocument,
    "\n  mutation PositionEditPageArchive($id: ID!) {\n    archivePosition(id: $id) {\n      id\n      archived\n      archivedAt\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n": types.PositionEditPageArchiveDocument,
    "\n  query PositionsPage($first: Int!, $offset: Int!, $filter: PositionFilter, $sort: PositionSort) {\n    positions(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PositionsTable_position\n        }\n      }\n    }\n  }\n": types.PositionsPageDocument,
    "\n  fragment PositionForm_position on Position {\n    id\n    name\n    kind\n    level\n    isTeacher\n    educationLevels\n    studyPrograms\n    licences\n    competencies\n    description\n    retirementAge\n    unit {\n      id\n    }\n  }\n": types.PositionForm_PositionFragmentDoc,
    "\n  fragment PositionsTable_position on Position {\n    id\n    name\n    kind\n    level\n    isTeacher\n    educationLevels\n    retirementAge\n    archived\n    unit {\n      id\n      name\n    }\n    sector {\n      id\n      name\n    }\n  }\n": types.PositionsTable_PositionFragmentDoc,
    "\n  mutation SectorCreatePageCreate($input: CreateSectorInput!) {\n    createSector(input: $input) {\n      id\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n": types.SectorCreatePageCreateDocument,
    "\n  query SectorEditPage($id: ID!) {\n    sector(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      ...SectorForm_sector\n    }\n  }\n": types.SectorEditPageDocument,
    "\n  mutation SectorEditPageUpdate($id: ID!, $input: UpdateSectorInput!) {\n    updateSector(id: $id, input: $input) {\n      id\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n": types.SectorEditPageUpdateDocument,
    "\n  mutation SectorEditPageArchive($id: ID!) {\n    archiveSector(id: $id) {\n      id\n      archived\n      archivedAt\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n": types.SectorEditPageArchiveDocument,
    "\n  query SectorsPage($first: Int!, $offset: Int!, $filter: SectorFilter, $sort: SectorSort) {\n    sectors(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...SectorsTable_sector\n        }\n      }\n    }\n  }\n": types.SectorsPageDocument,
    "\n  fragment SectorForm_sector on Sector {\n    id\n    code\n    name\n    description\n    archived\n  }\n": types.SectorForm_SectorFragmentDoc,
    "\n  query SectorSelectOptions {\n    sectors(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.SectorSelectOptionsDocument,
    "\n  fragment SectorsTable_sector on Sector {\n    id\n    code\n    name\n    description\n    archived\n    updatedAt\n  }\n": types.SectorsTable_SectorFragmentDoc,
    "\n  query AppShell {\n    me {\n      id\n      roles\n      ...UserMenu_user\n    }\n  }\n": types.AppShellDocument,
    "\n  mutation AppShellSignOut {\n    logout\n  }\n": types.AppShellSignOutDocument,
    "\n  fragment UserMenu_user on User {\n    name\n    email\n    roles\n  }\n": types.UserMenu_UserFragmentDoc,
    "\n  mutation UnitCreatePageCreate($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n": types.UnitCreatePageCreateDocument,
    "\n  query UnitEditPage($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      ...UnitForm_unit\n    }\n  }\n": types.UnitEditPageDocument,
    "\n  mutation UnitEditPageUpdate($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      id\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n": types.UnitEditPageUpdateDocument,
    "\n  mutation UnitEditPageArchive($id: ID!) {\n    archiveUnit(id: $id) {\n      id\n      archived\n      archivedAt\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n": types.UnitEditPageArchiveDocument,
    "\n  query UnitsPage($first: Int!, $offset: Int!, $filter: UnitFilter, $sort: UnitSort) {\n    units(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...UnitsTable_unit\n        }\n      }\n    }\n  }\n": types.UnitsPageDocument,
    "\n  query KecamatanSelectOptions {\n    kecamatans {\n      id\n      code\n      name\n    }\n  }\n": types.KecamatanSelectOptionsDocument,
    "\n  fragment UnitForm_unit on Unit {\n    id\n    code\n    name\n    kind\n    address\n    archived\n    sector {\n      id\n    }\n    parent {\n      id\n    }\n    kecamatan {\n      id\n    }\n  }\n": types.UnitForm_UnitFragmentDoc,
    "\n  query UnitSelectOptions($filter: UnitFilter) {\n    units(first: 20, filter: $filter, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.UnitSelectOptionsDocument,
    "\n  query UnitSelectSelected($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n    }\n  }\n": types.UnitSelectSelectedDocument,
    "\n  fragment UnitsTable_unit on Unit {\n    id\n    code\n    name\n    kind\n    archived\n    sector {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    kecamatan {\n      id\n      name\n    }\n  }\n": types.UnitsTable_UnitFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage {\n    me {\n      id\n      name\n    }\n    sectors(first: 1) {\n      totalCount\n    }\n    units(first: 1) {\n      totalCount\n    }\n    positions(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query HomePage {\n    me {\n      id\n      name\n    }\n    sectors(first: 1) {\n      totalCount\n    }\n    units(first: 1) {\n      totalCount\n    }\n    positions(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginPageLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LoginPageLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PositionCreatePageCreate($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      id\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n"): (typeof documents)["\n  mutation PositionCreatePageCreate($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      id\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionEditPage($id: ID!) {\n    position(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      unit {\n        id\n        name\n      }\n      sector {\n        id\n        name\n      }\n      ...PositionForm_position\n    }\n  }\n"): (typeof documents)["\n  query PositionEditPage($id: ID!) {\n    position(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      unit {\n        id\n        name\n      }\n      sector {\n        id\n        name\n      }\n      ...PositionForm_position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PositionEditPageUpdate($id: ID!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, input: $input) {\n      id\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n"): (typeof documents)["\n  mutation PositionEditPageUpdate($id: ID!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, input: $input) {\n      id\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PositionEditPageArchive($id: ID!) {\n    archivePosition(id: $id) {\n      id\n      archived\n      archivedAt\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n"): (typeof documents)["\n  mutation PositionEditPageArchive($id: ID!) {\n    archivePosition(id: $id) {\n      id\n      archived\n      archivedAt\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionsPage($first: Int!, $offset: Int!, $filter: PositionFilter, $sort: PositionSort) {\n    positions(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PositionsTable_position\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PositionsPage($first: Int!, $offset: Int!, $filter: PositionFilter, $sort: PositionSort) {\n    positions(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PositionsTable_position\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PositionForm_position on Position {\n    id\n    name\n    kind\n    level\n    isTeacher\n    educationLevels\n    studyPrograms\n    licences\n    competencies\n    description\n    retirementAge\n    unit {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment PositionForm_position on Position {\n    id\n    name\n    kind\n    level\n    isTeacher\n    educationLevels\n    studyPrograms\n    licences\n    competencies\n    description\n    retirementAge\n    unit {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PositionsTable_position on Position {\n    id\n    name\n    kind\n    level\n    isTeacher\n    educationLevels\n    retirementAge\n    archived\n    unit {\n      id\n      name\n    }\n    sector {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PositionsTable_position on Position {\n    id\n    name\n    kind\n    level\n    isTeacher\n    educationLevels\n    retirementAge\n    archived\n    unit {\n      id\n      name\n    }\n    sector {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorCreatePageCreate($input: CreateSectorInput!) {\n    createSector(input: $input) {\n      id\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n"): (typeof documents)["\n  mutation SectorCreatePageCreate($input: CreateSectorInput!) {\n    createSector(input: $input) {\n      id\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorEditPage($id: ID!) {\n    sector(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      ...SectorForm_sector\n    }\n  }\n"): (typeof documents)["\n  query SectorEditPage($id: ID!) {\n    sector(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      ...SectorForm_sector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorEditPageUpdate($id: ID!, $input: UpdateSectorInput!) {\n    updateSector(id: $id, input: $input) {\n      id\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n"): (typeof documents)["\n  mutation SectorEditPageUpdate($id: ID!, $input: UpdateSectorInput!) {\n    updateSector(id: $id, input: $input) {\n      id\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorEditPageArchive($id: ID!) {\n    archiveSector(id: $id) {\n      id\n      archived\n      archivedAt\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n"): (typeof documents)["\n  mutation SectorEditPageArchive($id: ID!) {\n    archiveSector(id: $id) {\n      id\n      archived\n      archivedAt\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorsPage($first: Int!, $offset: Int!, $filter: SectorFilter, $sort: SectorSort) {\n    sectors(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...SectorsTable_sector\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorsPage($first: Int!, $offset: Int!, $filter: SectorFilter, $sort: SectorSort) {\n    sectors(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...SectorsTable_sector\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectorForm_sector on Sector {\n    id\n    code\n    name\n    description\n    archived\n  }\n"): (typeof documents)["\n  fragment SectorForm_sector on Sector {\n    id\n    code\n    name\n    description\n    archived\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorSelectOptions {\n    sectors(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorSelectOptions {\n    sectors(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectorsTable_sector on Sector {\n    id\n    code\n    name\n    description\n    archived\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SectorsTable_sector on Sector {\n    id\n    code\n    name\n    description\n    archived\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppShell {\n    me {\n      id\n      roles\n      ...UserMenu_user\n    }\n  }\n"): (typeof documents)["\n  query AppShell {\n    me {\n      id\n      roles\n      ...UserMenu_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppShellSignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation AppShellSignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMenu_user on User {\n    name\n    email\n    roles\n  }\n"): (typeof documents)["\n  fragment UserMenu_user on User {\n    name\n    email\n    roles\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitCreatePageCreate($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n"): (typeof documents)["\n  mutation UnitCreatePageCreate($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitEditPage($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      ...UnitForm_unit\n    }\n  }\n"): (typeof documents)["\n  query UnitEditPage($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      ...UnitForm_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitEditPageUpdate($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      id\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n"): (typeof documents)["\n  mutation UnitEditPageUpdate($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      id\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitEditPageArchive($id: ID!) {\n    archiveUnit(id: $id) {\n      id\n      archived\n      archivedAt\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n"): (typeof documents)["\n  mutation UnitEditPageArchive($id: ID!) {\n    archiveUnit(id: $id) {\n      id\n      archived\n      archivedAt\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsPage($first: Int!, $offset: Int!, $filter: UnitFilter, $sort: UnitSort) {\n    units(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...UnitsTable_unit\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsPage($first: Int!, $offset: Int!, $filter: UnitFilter, $sort: UnitSort) {\n    units(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...UnitsTable_unit\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KecamatanSelectOptions {\n    kecamatans {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query KecamatanSelectOptions {\n    kecamatans {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitForm_unit on Unit {\n    id\n    code\n    name\n    kind\n    address\n    archived\n    sector {\n      id\n    }\n    parent {\n      id\n    }\n    kecamatan {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment UnitForm_unit on Unit {\n    id\n    code\n    name\n    kind\n    address\n    archived\n    sector {\n      id\n    }\n    parent {\n      id\n    }\n    kecamatan {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitSelectOptions($filter: UnitFilter) {\n    units(first: 20, filter: $filter, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitSelectOptions($filter: UnitFilter) {\n    units(first: 20, filter: $filter, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitSelectSelected($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query UnitSelectSelected($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitsTable_unit on Unit {\n    id\n    code\n    name\n    kind\n    archived\n    sector {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    kecamatan {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UnitsTable_unit on Unit {\n    id\n    code\n    name\n    kind\n    archived\n    sector {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    kecamatan {\n      id\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;