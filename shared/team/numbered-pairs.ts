/*
 * A tracker that puts several courses on one person's row, in numbered pairs: "Course 1", "Date 1",
 * "Course 2", "Date 2"… Each pair is a record of its own, which no one column mapping can say:
 * mapped as a list, only the first pair would be read; guessed as a training matrix, the dates'
 * headers would become courses. So the file is refused with what to do, and nothing of it is read.
 */

const COURSE = /^(?:course|training|class|course name|training name|course title|training title|curso|cours|kurs)\s*#?\s*(\d{1,2})$/i;
const DATE = /^(?:date|completed|completion date|date completed|fecha|datum)\s*#?\s*(\d{1,2})$/i;

/** The numbers of the course-and-date pairs the header numbers ("Course 2" with "Date 2"), in order. */
export function numberedCoursePairs(headers: readonly string[]): number[] {
  const courses = new Set<string>();
  const dates = new Set<string>();
  for (const header of headers) {
    const text = header.trim();
    const course = COURSE.exec(text);
    if (course) courses.add(String(Number(course[1])));
    const date = DATE.exec(text);
    if (date) dates.add(String(Number(date[1])));
  }
  return [...courses].filter((n) => dates.has(n)).map(Number);
}

/** The problem a header of two pairs or more gives, or null. */
export function numberedPairsProblem(headers: readonly string[]): string | null {
  const pairs = numberedCoursePairs(headers);
  if (pairs.length < 2) return null;
  return `This sheet puts ${pairs.length} courses on each person’s row, in numbered pairs (“Course ${pairs[0]}” with “Date ${pairs[0]}”, “Course ${pairs[1]}” with “Date ${pairs[1]}”…), and each pair is a record of its own, where this import reads one record per row. Put one course per row (person, course, date) and import that sheet.`;
}
