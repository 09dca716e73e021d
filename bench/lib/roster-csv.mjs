// A roster CSV of `rows` rows for the import measurement: every active member of the database as it stands (a
// tenth of them with a changed TMT, as a yearly re-import would bring) and new members with NIPs composed by
// core, each in an existing unit and position. Deterministic for a database.
import { composeNip } from '../../packages/core/dist/index.js';

const HEADER =
  'nip,name,birth_date,gender,employment_type,contract_end,transfer_date,tmt,unit_code,position_name';
const csvCell = (value) =>
  value === null || value === undefined
    ? ''
    : /[",\n]/.test(value)
      ? `"${String(value).replace(/"/g, '""')}"`
      : String(value);
const pad2 = (n) => String(n).padStart(2, '0');

export async function buildRosterCsv(client, rows) {
  const { rows: members } = await client.query(
    `select s.nip, s.name, s.birth_date, s.gender, s.employment_type, s.contract_end, s.transfer_date, s.tmt,
       u.code as unit_code, p.name as position_name
     from staff_member s join unit u on u.id = s.unit_id join position p on p.id = s.position_id
     where s.archived_at is null and u.archived_at is null and p.archived_at is null
     order by s.nip`,
  );
  const { rows: posts } = await client.query(
    `select u.code as unit_code, p.name as position_name from position p join unit u on u.id = p.unit_id
     where p.archived_at is null and u.archived_at is null order by u.code, p.name`,
  );
  const taken = new Set(members.map((member) => member.nip));
  const lines = [HEADER];
  members.slice(0, rows).forEach((member, index) => {
    // A tenth move their TMT to the first of the following month: changed rows to write.
    const tmt =
      index % 10 === 0 && member.tmt.slice(5, 7) !== '12'
        ? `${member.tmt.slice(0, 5)}${pad2(Number(member.tmt.slice(5, 7)) + 1)}-01`
        : member.tmt;
    lines.push(
      [
        member.nip,
        member.name,
        member.birth_date,
        member.gender,
        member.employment_type,
        member.contract_end,
        member.transfer_date,
        tmt,
        member.unit_code,
        member.position_name,
      ]
        .map(csvCell)
        .join(','),
    );
  });
  let serial = 0;
  for (let index = 0; lines.length <= rows; index += 1) {
    const post = posts[index % posts.length];
    const year = 1970 + (index % 30);
    const month = (index % 12) + 1;
    const day = (index % 28) + 1;
    const birthDate = `${year}-${pad2(month)}-${pad2(day)}`;
    const gender = index % 2 === 0 ? 'MALE' : 'FEMALE';
    let nip;
    do {
      serial = (serial % 999) + 1;
      nip = composeNip({
        birthDate,
        tmtCpns: `${year + 25}-03`,
        gender,
        serial: String(serial).padStart(3, '0'),
      });
    } while (taken.has(nip));
    taken.add(nip);
    lines.push(
      [
        nip,
        `Pegawai Baru ${index + 1}`,
        birthDate,
        gender,
        'PNS',
        null,
        null,
        `${year + 25}-03-01`,
        post.unit_code,
        post.position_name,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
