import { issue } from '../../errors'
import { type AgeBand, ageBandOf, defaultTaxonomy } from '../../taxonomy'
import type { ProducedRows, PublishedLayout } from './published-layout'
import { createRowIssues, headerIndex, valueOrLeaveLineOut } from './reader-support'

const required = ['geographycode', 'cage', 'projectedyearname', 'obsvalue', 'gender']

/** The oldest single year of age in ONS projections: `90` stands for 90 and over. */
const openAge = 90

/**
 * The `ons-snpp` layout: ONS subnational population projections as NOMIS exports them
 * (`GEOGRAPHY_CODE, C_AGE, PROJECTED_YEAR_NAME, OBS_VALUE, GENDER`), single years of age 0-90
 * (90 meaning 90 and over) by sex. Persons are summed over sex and age into the population age
 * bands; the geography code is the place unless the `places` option maps it. `GENDER` 0
 * (persons) lines are read only for a geography and year with no line by sex, so nobody is
 * counted twice. `from`/`to` keep the years of those months.
 */
export const onsSnppLayout: PublishedLayout = {
  name: 'ons-snpp',
  table: 'population',
  description: 'ONS subnational population projections, NOMIS export (single year of age by sex)',
  requiredHeaders: required,
  optionalHeaders: ['geographyname', 'cagename', 'gendername', 'date', 'dateName'.toLowerCase()],
  createReader(headers, options) {
    const file = options.file
    const bands: readonly AgeBand[] =
      options.populationAgeBands ?? defaultTaxonomy.populationAgeBands
    const openBand = ageBandOf(openAge, bands)
    if (!openBand || openBand.maxAge !== null) {
      return {
        issues: [
          issue(
            'inconsistent',
            `age ${openAge} in ONS projections means ${openAge} and over, so the band containing it must be open-ended (maxAge null); the population age bands given have ${openBand ? `"${openBand.code}" ending at ${openBand.maxAge}` : `no band for ${openAge}`}`,
            ['populationAgeBands'],
            { file, table: 'population' },
          ),
        ],
      }
    }
    const at = headerIndex(headers)
    const [geography, age, year, value, gender] = required.map(
      (name) => at.get(name) as number,
    ) as [number, number, number, number, number]
    const firstYear = options.from ? Number(options.from.slice(0, 4)) : -Infinity
    const lastYear = options.to ? Number(options.to.slice(0, 4)) : Infinity
    const issues = createRowIssues(file, 'population')
    const bySex = new Map<string, { persons: number; line: number }>()
    const persons = new Map<string, { persons: number; line: number }>()
    const withSex = new Set<string>()
    let skippedYears = 0
    return {
      record(fields, line) {
        if (fields.length !== headers.length) {
          issues.add(
            'parse_error',
            `expected ${headers.length} fields as in the header, found ${fields.length}`,
            line,
            '',
          )
          return
        }
        const yearText = (fields[year] as string).trim()
        const when = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN
        if (!Number.isInteger(when)) {
          issues.add(
            'invalid_value',
            `PROJECTED_YEAR_NAME: expected a year, received "${yearText}"`,
            line,
            headers[year] as string,
          )
          return
        }
        if (when < firstYear || when > lastYear) {
          skippedYears += 1
          return
        }
        const ageText = (fields[age] as string).trim()
        const years = /^\d{1,3}$/.test(ageText) ? Number(ageText) : Number.NaN
        if (!(years >= 0 && years <= openAge)) {
          issues.add(
            'invalid_value',
            `C_AGE: expected a single year of age 0-${openAge} (${openAge} = ${openAge} and over), received "${ageText}"`,
            line,
            headers[age] as string,
          )
          return
        }
        const sex = (fields[gender] as string).trim()
        if (sex !== '0' && sex !== '1' && sex !== '2') {
          issues.add(
            'invalid_value',
            `GENDER: expected 1 (male), 2 (female) or 0 (persons), received "${sex}"`,
            line,
            headers[gender] as string,
          )
          return
        }
        const count = valueOrLeaveLineOut(issues, headers, fields, value, line, 'OBS_VALUE')
        if (count === undefined) return
        const band = ageBandOf(years, bands)
        if (!band) {
          issues.add(
            'invalid_value',
            `C_AGE: no population age band contains age ${years}`,
            line,
            headers[age] as string,
          )
          return
        }
        const place = (fields[geography] as string).trim()
        const placeCode = options.places?.[place] ?? place
        const key = `${placeCode}\u0000${when}\u0000${band.code}`
        if (sex !== '0') withSex.add(`${placeCode}\u0000${when}`)
        const target = sex === '0' ? persons : bySex
        const cell = target.get(key)
        if (cell) cell.persons += count
        else target.set(key, { persons: count, line })
      },
      end() {
        const rows: ProducedRows = { rows: [], lines: [] }
        let personsLinesUnused = 0
        for (const [key, cell] of persons) {
          const [place, when] = key.split('\u0000') as [string, string, string]
          if (withSex.has(`${place}\u0000${when}`)) personsLinesUnused += 1
          else bySex.set(key, cell)
        }
        for (const [key, cell] of bySex) {
          const [place, when, ageBand] = key.split('\u0000') as [string, string, string]
          rows.rows.push({ place, year: Number(when), ageBand, persons: cell.persons })
          rows.lines.push(cell.line)
        }
        const unused =
          personsLinesUnused > 0
            ? `; ${personsLinesUnused} persons (GENDER 0) band total(s) not used because the same geography and year is given by sex`
            : ''
        const range =
          options.from || options.to
            ? `; ${skippedYears} line(s) outside the years asked for skipped`
            : ''
        return {
          tables: { population: rows },
          rejectedLines: issues.rejected,
          issues: issues.issues(),
          readAs: `ONS subnational population projection (NOMIS): ${rows.rows.length} row(s), persons summed over sex and single years of age into the bands ${bands.map((band) => band.code).join(', ')}; geography codes are the places${options.places ? ' unless mapped' : ''}${unused}${range}.`,
        }
      },
    }
  },
}
