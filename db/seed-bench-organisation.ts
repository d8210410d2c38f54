import { isBoardMember } from "../lib/permissions";
import type { Role } from "../lib/codes";
import { demoDepartments, demoGoals, demoUsers } from "./demo-data";
import { extraDepartments, firstNames, lastNames, staffTitles, technologyTags } from "./bench-data/vocabulary";
import { at, inserter, type BenchContext, type BenchPeople } from "./seed-bench-context";

const asciiEmail = (text: string) =>
  text.toLowerCase().replaceAll("æ", "ae").replaceAll("ø", "oe").replaceAll("å", "aa").replace(/[^a-z0-9]+/g, ".");

/**
 * Settings, 20 departments, the demo users (the demo accounts keep their roles) plus generated heads and
 * staff up to the user count, strategy goals and technology tags. All users share one password hash.
 */
export function seedBenchOrganisation(context: BenchContext, passwordHash: string): BenchPeople {
  const { sql, random, today, counts } = context;
  const created = at(today, "07:00");
  sql.prepare("insert into settings (key, value, updated_at) values ('municipalityName', 'Egeby Kommune', ?)").run(created);

  const insertDepartment = inserter(sql, "departments", ["name", "short_name", "kind", "created_at", "updated_at"]);
  const departmentByKey = new Map<string, number>();
  const departmentDirectorEmail = new Map<number, string>();
  for (const department of demoDepartments) {
    const id = insertDepartment({ name: department.name, short_name: department.shortName, kind: department.kind, created_at: created, updated_at: created });
    departmentByKey.set(department.key, id);
    departmentDirectorEmail.set(id, department.directorEmail);
  }
  const directorEmails = demoUsers.filter((user) => isBoardMember(user)).map((user) => user.email);
  const extras = extraDepartments.slice(0, Math.max(0, counts.departments - demoDepartments.length));
  if (demoDepartments.length + extras.length !== counts.departments) throw new Error("Not enough department names for the bench data");
  extras.forEach((department, index) => {
    const id = insertDepartment({ name: department.name, short_name: department.shortName, kind: department.kind, created_at: created, updated_at: created });
    departmentDirectorEmail.set(id, directorEmails[index % directorEmails.length]);
  });
  const departmentIds = [...departmentDirectorEmail.keys()];

  const insertUser = inserter(sql, "users", ["name", "email", "role", "department_id", "title", "password_hash", "created_at", "updated_at"]);
  const userIdByEmail = new Map<string, number>();
  const headsByDepartment = new Map<number, number[]>();
  const staffByDepartment = new Map<number, number[]>();
  const directors: number[] = [];
  const allUserIds: number[] = [];
  const bucketOf: Record<Role, Map<number, number[]> | null> = { director: null, admin: null, department_head: headsByDepartment, staff: staffByDepartment };
  const remember = (id: number, role: Role, departmentId: number | null) => {
    allUserIds.push(id);
    if (isBoardMember({ role })) directors.push(id);
    const bucket = bucketOf[role];
    if (departmentId !== null && bucket) bucket.set(departmentId, [...(bucket.get(departmentId) ?? []), id]);
  };
  for (const user of demoUsers) {
    const departmentId = user.departmentKey ? (departmentByKey.get(user.departmentKey) ?? null) : null;
    const email = user.email.toLowerCase();
    const id = insertUser({ name: user.name, email, role: user.role, department_id: departmentId, title: user.title, password_hash: passwordHash, created_at: created, updated_at: created });
    userIdByEmail.set(email, id);
    remember(id, user.role, departmentId);
  }
  const generated = counts.users - demoUsers.length;
  for (let index = 0; index < generated; index += 1) {
    const departmentId = departmentIds[index % departmentIds.length];
    const needsHead = !headsByDepartment.has(departmentId);
    const role: Role = needsHead ? "department_head" : index % 97 === 50 ? "admin" : index % 23 === 0 ? "department_head" : "staff";
    const name = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
    const fixedTitles: Partial<Record<Role, string>> = { department_head: "Afdelingschef", admin: "IT-administrator" };
    const title = fixedTitles[role] ?? random.pick(staffTitles);
    const homeDepartment = bucketOf[role] ? departmentId : null;
    const id = insertUser({
      name,
      email: `${asciiEmail(name)}.${index + 1}@egeby.dk`,
      role,
      department_id: homeDepartment,
      title,
      password_hash: passwordHash,
      created_at: created,
      updated_at: created,
    });
    remember(id, role, homeDepartment);
  }

  const setDirector = sql.prepare("update departments set responsible_director_id = ? where id = ?");
  for (const [departmentId, email] of departmentDirectorEmail) {
    const directorId = userIdByEmail.get(email);
    if (directorId === undefined) throw new Error(`Unknown director ${email}`);
    setDirector.run(directorId, departmentId);
  }

  const insertGoal = inserter(sql, "strategy_goals", ["title", "description", "focus", "created_at", "updated_at"]);
  const goalIds = demoGoals.map((goal) => insertGoal({ title: goal.title, description: goal.description, focus: goal.focus, created_at: created, updated_at: created }));
  const insertTag = inserter(sql, "technology_tags", ["name"]);
  const tagIds = technologyTags.map((name) => insertTag({ name }));

  const chairId = userIdByEmail.get("direktor@egeby.dk");
  if (chairId === undefined) throw new Error("The demo director is missing");
  return { directors, chairId, allUserIds, departmentIds, headsByDepartment, staffByDepartment, goalIds, tagIds };
}
