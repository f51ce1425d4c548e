import { defaultTaxonomy, describeIssue, safeParseTaxonomy } from '@oneworkforce/schemas'

// Interim main job until the demo app lands: validate the default taxonomy and summarise it.
const result = safeParseTaxonomy(defaultTaxonomy)
console.log('oneworkforce: default taxonomy')
console.log(
  `  ${defaultTaxonomy.sectors.length} sectors, ${defaultTaxonomy.staffGroups.length} staff groups, ${defaultTaxonomy.ageBands.length} age bands`,
)
console.log(`  validation: ${result.success ? 'ok' : 'failed'}, ${result.issues.length} issue(s)`)
for (const each of result.issues) console.log(`  - ${describeIssue(each)}`)
process.exit(result.success ? 0 : 1)
