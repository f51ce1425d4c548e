import type { CompiledProjection } from './compiled-projection'
import { KERNEL_CELLS_WASM } from './kernel-cells.generated'
import { type BlockShape, type KernelPlan, kernelPlan } from './kernel-plan'
import {
  C_AGEING,
  C_FTE_PER_HEAD,
  C_HAZARD,
  C_JOINER_LOSS,
  C_JOINERS_STAYING,
  C_STAYING,
  CELL_STRIDE,
  CONSTANT_KINDS,
  JOINER_SERIES_INDEX,
  REASONS,
  SERIES_INDEX as S,
  SERIES,
  STOCK_SERIES,
} from './layout'
import { fillLeaverHazard } from './update-parameters'

/**
 * The part of the WebAssembly JavaScript API the kernel uses (Node.js and every browser have it;
 * the project's TypeScript libraries, ES2023 and Node's, do not declare it).
 */
declare const WebAssembly: {
  readonly Module: new (bytes: Uint8Array) => WasmModule
  readonly Memory: new (descriptor: {
    initial: number
  }) => { readonly buffer: ArrayBuffer; grow(pages: number): number }
  readonly Instance: new (
    module: WasmModule,
    imports: object,
  ) => { readonly exports: Record<string, unknown> }
}
interface WasmModule {
  readonly __brand: 'WebAssembly.Module'
}

/**
 * The compiled cell update (`kernel-cells.wat`), compiled once per process or worker, and
 * synchronously: browsers allow that on their main thread for modules under 4 KB (it is 1.8 KB,
 * and a test keeps it under 4 KB).
 */
let cellsModule: WasmModule | undefined

function kernelCellsModule(): WasmModule {
  cellsModule ??= new WebAssembly.Module(
    Uint8Array.from(atob(KERNEL_CELLS_WASM), (char) => char.charCodeAt(0)),
  )
  return cellsModule
}

/** The WebAssembly cell update's signature (`kernel-cells.wat`, `month`). */
type CellsMonth = (
  posts: number,
  ages: number,
  months: number,
  mode: number,
  report: number,
  cap: number,
  coef: number,
  cur: number,
  nxt: number,
  survivors: number,
  bands: number,
  out: number,
  acc: number,
  demand: number,
  pay: number,
  bank: number,
  agency: number,
  slot: number,
  live: number,
  scale: number,
) => void

/** The flush's signature (`kernel-cells.wat`, `flush`). */
type CellsFlush = (
  acc: number,
  slots: number,
  groupOfSlot: number,
  out: number,
  first: number,
  last: number,
  stockRow: number,
  flowRow: number,
  months: number,
  groups: number,
  perSlot: number,
  joiners: number,
) => void

/** `mode` bits of the cell update. */
const FLOWING = 1
const MOVING = 2
const BY_AGE = 4
const STOCK = 8

/**
 * The share of a cell's opening stock that does not leave this month, `max(0, 1 − Σ h_reason)`.
 *
 * @internal
 */
export function survivingShare(h0: number, h1: number, h2: number): number {
  return Math.max(1 - h0 - h1 - h2, 0)
}

/**
 * Joiners of a month who leave before its end, per unit of the cell's leaving probability:
 * `J (1 − stay) / Σ h`, so the leavers of a reason are `(opening stock + this) × h_reason`; 0 when
 * joiners are not exposed (`stay = 1`) or nobody leaves.
 *
 * @internal
 */
export function joinerLossPerHazard(
  joiners: number,
  stay: number,
  h0: number,
  h1: number,
  h2: number,
): number {
  const sum = h0 + h1 + h2
  return stay < 1 && sum > 0 ? (joiners * (1 - stay)) / sum : 0
}

/** Where the kernel writes: result groups per post and the result series (`t × groups + group`). */
export interface KernelOutput {
  /** Result group of each post (with age bands kept, the group of its band a is `× ages + a`). */
  readonly groupOfPost: Int32Array
  /** Number of result groups (age bands included when kept). */
  readonly groups: number
  /** Whether the result keeps age bands. */
  readonly byAge: boolean
  /** The result series in `PROJECTION_SERIES` order, each `months × groups`. */
  readonly series: readonly Float64Array[]
  readonly startHeadcount: Float64Array
  readonly startFte: Float64Array
}

/**
 * The engine's one kernel. It cuts the cells into blocks of whole places (`kernelPlan`) and runs
 * each block through every month while its stock, packed coefficients and sums stay in cache;
 * the blocks are independent because every flow between cells (moves between sectors, training
 * transfers between staff groups) stays inside a place. Each block's work arrays live in a
 * WebAssembly memory, where the cell update (`kernel-cells.wat`, two age bands at a time in
 * 128-bit SIMD lanes) runs; the sparse flows below run here, on the same arrays.
 *
 * Order of operations within month t, for every cell (the closed form and the conservation tests
 * rely on it):
 * 1. leavers = opening stock × monthly leaving probability h (by reason; reasons are competing
 *    risks), plus the month's joiners who leave before its end, `J (1 − stay)`;
 * 2. moves to other sectors = survivors × move probability (summed over destinations; at most 1);
 * 3. ageing to the next age band = remaining stayers × ageing share;
 * 4. closing stock = stayers − ageing out + ageing in + moves in + joiners × stay (constant
 *    joiners, recruitment to vacancies, time-limited joiners and newly qualified);
 * 5. training transfers move completers from their source staff group to the target group in the
 *    closing stock (never more than the source holds).
 *
 * Pass t reports the stock at the end of month t − 1 (the start, when t = 0) with its FTE, demand,
 * gap and cost and, while t is inside the horizon, computes month t's flows: one read of each cell
 * per month. The month-major loop it replaced is kept in the tests as its reference
 * (`month-major-reference.test-helper.ts`); both agree to 1e-12 on random models.
 *
 * @internal
 */
export function runKernel(compiled: CompiledProjection, output: KernelOutput): void {
  const plan = kernelPlan(compiled)
  for (let chunk = 0; chunk < chunkCount(plan); chunk++)
    mergeChunk(output, runChunk(compiled, plan, output.groupOfPost, output.byAge, chunk, true))
}

/**
 * The kernel's work state of a compiled projection, built at its first run and reused by every
 * run after (no allocation per run, and one long-lived object shape for V8's optimised loops).
 */
const kernels = new WeakMap<CompiledProjection, BlockKernel>()

function kernelOf(compiled: CompiledProjection, plan: KernelPlan): BlockKernel {
  let kernel = kernels.get(compiled)
  if (kernel === undefined) {
    kernel = new BlockKernel(compiled, plan)
    kernels.set(compiled, kernel)
  }
  return kernel
}

/** Most chunks a run is cut into: each is one task for a thread. */
const MAX_CHUNKS = 64
/**
 * Fewest cells in a chunk: each chunk's sums are merged into the result once, so a one-ICS model
 * (15,000 cells) is one chunk, merged once, and England (630,000) about forty.
 */
const MIN_CHUNK_CELLS = 16_384

/** Blocks per chunk: a function of the model only. */
function blocksPerChunk(plan: BlockShape): number {
  return Math.max(
    Math.ceil(plan.blocks / MAX_CHUNKS),
    Math.ceil(MIN_CHUNK_CELLS / Math.max(1, plan.blockCells)),
  )
}

/**
 * The number of chunks of a run (runs of consecutive blocks): a function of the model only, never
 * of the number of threads, so that the sums are made in the same order however many threads run
 * the chunks, and every thread count gives the same bits.
 *
 * @internal
 */
export function chunkCount(plan: BlockShape): number {
  return Math.ceil(plan.blocks / blocksPerChunk(plan))
}

/**
 * One chunk's share of a result: its sums for the result groups its posts touch (`groups`, in
 * increasing order; with age bands kept, group g's band a is local `g × ages + a`).
 *
 * @internal
 */
export interface ChunkResult {
  /** The result groups (of posts, before age bands) the chunk's posts belong to. */
  readonly groups: Int32Array
  /** Every series, `PROJECTION_SERIES` order, each `months × local groups`, in one buffer. */
  readonly series: Float64Array
  readonly startHeadcount: Float64Array
  readonly startFte: Float64Array
}

/**
 * Runs the blocks of one chunk into sums over the result groups it touches.
 *
 * @internal
 */
export function runChunk(
  compiled: CompiledProjection,
  plan: KernelPlan,
  groupOfPost: Int32Array,
  byAge: boolean,
  chunk: number,
  reuse = false,
): ChunkResult {
  const perChunk = blocksPerChunk(plan)
  const firstBlock = chunk * perChunk
  const lastBlock = Math.min(plan.blocks, firstBlock + perChunk)
  const postsPerBlock = plan.placesPerBlock * plan.postsPerPlace
  const posts = compiled.index.postCount
  const firstPost = firstBlock * postsPerBlock
  const lastPost = Math.min(posts, lastBlock * postsPerBlock)
  const kernel = kernelOf(compiled, plan)
  const touched = new Set<number>()
  for (let q = firstPost; q < lastPost; q++) touched.add(groupOfPost[q]!)
  const groups = Int32Array.from(touched).sort()
  const local = new Map<number, number>()
  for (let i = 0; i < groups.length; i++) local.set(groups[i]!, i)
  const localGroupOfPost = kernel.localGroupOfPost
  for (let q = firstPost; q < lastPost; q++) localGroupOfPost[q] = local.get(groupOfPost[q]!)!
  const ages = byAge ? compiled.index.ageBandCount : 1
  const size = groups.length * ages
  const months = compiled.months.length
  // The chunk's sums live in the kernel's memory, where the cell update's flush adds to them. One
  // run merges each chunk before the next, so it reads them there; a worker's are copied and sent.
  const series = kernel.chunkBuffer(SERIES * months * size)
  const output: KernelOutput = {
    groupOfPost: localGroupOfPost,
    groups: size,
    byAge,
    series: Array.from({ length: SERIES }, (_, x) =>
      series.subarray(x * months * size, (x + 1) * months * size),
    ),
    startHeadcount: new Float64Array(size),
    startFte: new Float64Array(size),
  }
  kernel.prepare(plan, output)
  for (let b = firstBlock; b < lastBlock; b++) kernel.run(b)
  return {
    groups,
    series: reuse ? series : series.slice(),
    startHeadcount: output.startHeadcount,
    startFte: output.startFte,
  }
}

/**
 * Adds chunks' sums into a result, in chunk order for every entry (so the bits are those of
 * adding them one by one). One run adds each chunk as it finishes; worker threads' chunks arrive
 * together and are added month row by month row, so each row of the result stays in cache while
 * every chunk adds to it.
 *
 * @internal
 */
export function mergeChunks(output: KernelOutput, chunks: readonly ChunkResult[]): void {
  const months = output.series[0]!.length / output.groups
  const parts = chunks
    .filter((chunk) => chunk.groups.length > 0)
    .map((chunk) => {
      // Age bands per group (1 when the result does not keep them).
      const bands = chunk.startHeadcount.length / chunk.groups.length
      const size = chunk.groups.length * bands
      const global = new Int32Array(size)
      for (let g = 0; g < chunk.groups.length; g++)
        for (let a = 0; a < bands; a++) global[g * bands + a] = chunk.groups[g]! * bands + a
      for (let i = 0; i < size; i++) {
        output.startHeadcount[global[i]!]! += chunk.startHeadcount[i]!
        output.startFte[global[i]!]! += chunk.startFte[i]!
      }
      // A chunk's groups are most often a run of consecutive result groups (its places' ICSs).
      const consecutive = global[size - 1]! - global[0]! === size - 1
      return { series: chunk.series, size, global, first: global[0]!, consecutive }
    })
  for (let x = 0; x < SERIES; x++) {
    const out = output.series[x]!
    for (let t = 0; t < months; t++) {
      const row = t * output.groups
      for (const { series, size, global, first, consecutive } of parts) {
        const at = (x * months + t) * size
        if (consecutive)
          for (let i = 0, o = row + first; i < size; i++) out[o + i]! += series[at + i]!
        else for (let i = 0; i < size; i++) out[row + global[i]!]! += series[at + i]!
      }
    }
  }
}

/** Adds one chunk's sums into a result (`mergeChunks` of one chunk). @internal */
export function mergeChunk(output: KernelOutput, chunk: ChunkResult): void {
  mergeChunks(output, [chunk])
}

/**
 * Byte offsets of a block's arrays in the kernel's WebAssembly memory (each 8-byte aligned), and
 * the memory's size: what the cell update reads and writes lives there; the rest of the kernel
 * sees the same bytes through typed-array views.
 */
function memoryLayout(cells: number, posts: number, months: number) {
  let bytes = 0
  const take = (count: number, size = 8) => {
    const at = bytes
    bytes += Math.ceil((count * size) / 8) * 8
    return at
  }
  const layout = {
    coef: take(cells * CELL_STRIDE),
    cur: take(cells),
    nxt: take(cells),
    survivors: take(cells),
    bands: take(cells * 4),
    out: take(posts * 2),
    acc: take(cells * SERIES),
    demand: take(posts * months),
    pay: take(posts),
    bank: take(posts),
    agency: take(posts),
    slot: take(posts, 4),
    groupOfSlot: take(cells, 4),
    slotJoiners: take(posts * CONSTANT_KINDS),
    live: take(posts, 1),
  }
  // A chunk's sums follow, from `bytes` on (the memory grows to hold them).
  return { ...layout, bytes }
}

/** One block's work arrays and the run's parameters, as fields V8 sees with one shape. */
class BlockKernel {
  readonly ages: number
  readonly months: number
  readonly posts: number
  /** Cells the work arrays hold: the stride between the fields of `coef`. */
  readonly cap: number
  readonly compiled: CompiledProjection
  /** The run's plan, result and layout (set per chunk by `prepare`). */
  plan: KernelPlan
  output: KernelOutput
  series: readonly Float64Array[]
  groups: number
  byAge: boolean
  /** The cell update (WebAssembly) and the byte offsets of its arrays in its memory. */
  readonly cellsMonth: CellsMonth
  readonly cellsFlush: CellsFlush
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number }
  readonly at: ReturnType<typeof memoryLayout>
  /** Byte offset of the current chunk's sums (`chunkBuffer`). */
  seriesAt = 0
  /** Byte offsets of this month's opening (`cur`) and closing (`nxt`) stock. */
  curAt: number
  nxtAt: number
  /** Coefficients per block cell, by field (`field × cap + cell`, fields as `layout.ts`). */
  coef: Float64Array
  /** Share of a month's joiners into each block cell still in post at its end. */
  readonly stay: Float64Array
  cur: Float64Array
  nxt: Float64Array
  /** This month's survivors of each cell (neither leaving), written when the block moves staff. */
  survivors: Float64Array
  /** Each cell's leavers by reason and ageing out in one month (`cell × 4 + k`), by age band. */
  bands: Float64Array
  /** Each post's opening headcount and FTE in the month (`post × 2`), from the cell update. */
  postStock: Float64Array
  /** Per-slot sums of one month (`slot × SERIES + series`). */
  acc: Float64Array
  /** First accumulator slot of each block post (with age bands, band a is `+ a`). */
  slotOfPost: Int32Array
  /** 1 for each block post that may hold staff (the plan's `livePost`). */
  live: Uint8Array
  /** The block's pay, bank and agency cost per FTE month, per post. */
  pay: Float64Array
  bank: Float64Array
  agency: Float64Array
  /** The result group of each slot. */
  groupOfSlot: Int32Array
  readonly slotOfGroup: Int32Array
  readonly multiplier: Float64Array
  readonly hazard: Float64Array
  /**
   * The block's demand FTE table, post-major like the compiled array (`local post × months + t`);
   * a month's demand is the entry times `demandScale[t]`.
   */
  demand: Float64Array
  /** Each month's factor of the demand table (1 when the table is the demand). */
  readonly demandScale: Float64Array
  /**
   * Without age bands, what is the same for every post of a slot whatever the stock: constant
   * joiners per month by kind (`slot × 3 + kind`), summed once per block instead of once per post
   * and month.
   */
  slotJoiners: Float64Array
  /** A chunk's result group of each post (filled per chunk). */
  readonly localGroupOfPost: Int32Array
  /** Whether any post of the block moves staff to another sector. */
  moving = false
  slots = 0
  firstPost = 0
  lastPost = 0
  cellBase = 0
  cellCount = 0

  /** Work arrays sized for any block and any result layout of this compiled projection. */
  constructor(compiled: CompiledProjection, plan: KernelPlan) {
    const { index } = compiled
    this.compiled = compiled
    this.plan = plan
    // A placeholder result until `prepare` points the kernel at a chunk's.
    this.output = {
      groupOfPost: new Int32Array(0),
      groups: 0,
      byAge: false,
      series: [],
      startHeadcount: new Float64Array(0),
      startFte: new Float64Array(0),
    }
    this.series = this.output.series
    this.groups = 0
    this.byAge = false
    this.ages = index.ageBandCount
    this.months = compiled.months.length
    this.posts = index.postCount
    const cells = plan.blockCells
    const posts = plan.blockPosts
    this.cap = cells
    const at = memoryLayout(cells, posts, this.months)
    this.at = at
    this.memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(at.bytes / 65_536)) })
    const instance = new WebAssembly.Instance(kernelCellsModule(), {
      kernel: { memory: this.memory },
    })
    this.cellsMonth = instance.exports.month as CellsMonth
    this.cellsFlush = instance.exports.flush as CellsFlush
    this.curAt = at.cur
    this.nxtAt = at.nxt
    // Placeholders until `bindViews` (one shape for V8): every view is bound there.
    this.coef =
      this.cur =
      this.nxt =
      this.survivors =
      this.bands =
      this.postStock =
      this.acc =
      this.demand =
      this.pay =
      this.bank =
      this.agency =
        new Float64Array(0)
    this.slotJoiners = new Float64Array(0)
    this.slotOfPost = this.groupOfSlot = new Int32Array(0)
    this.live = new Uint8Array(0)
    this.bindViews()
    this.stay = new Float64Array(cells)
    this.slotOfGroup = new Int32Array(index.postCount).fill(-1)
    this.multiplier = new Float64Array(cells * REASONS)
    this.hazard = new Float64Array(cells * REASONS)
    this.localGroupOfPost = new Int32Array(index.postCount)
    this.demandScale = new Float64Array(this.months).fill(1)
  }

  /** (Re)binds the typed-array views of the memory: at construction and after it grows. */
  bindViews(): void {
    const { at, cap: cells } = this
    const posts = this.plan.blockPosts
    const buffer = this.memory.buffer
    const f64 = (offset: number, count: number) => new Float64Array(buffer, offset, count)
    this.coef = f64(at.coef, cells * CELL_STRIDE)
    this.cur = f64(this.curAt, cells)
    this.nxt = f64(this.nxtAt, cells)
    this.survivors = f64(at.survivors, cells)
    this.bands = f64(at.bands, cells * 4)
    this.postStock = f64(at.out, posts * 2)
    // Enough slots for results by age band (one per cell), and group codes for any layout.
    this.acc = f64(at.acc, cells * SERIES)
    this.demand = f64(at.demand, posts * this.months)
    this.pay = f64(at.pay, posts)
    this.bank = f64(at.bank, posts)
    this.agency = f64(at.agency, posts)
    this.slotOfPost = new Int32Array(buffer, at.slot, posts)
    this.groupOfSlot = new Int32Array(buffer, at.groupOfSlot, cells)
    this.slotJoiners = f64(at.slotJoiners, posts * CONSTANT_KINDS)
    this.live = new Uint8Array(buffer, at.live, posts)
  }

  /**
   * A zeroed buffer of `size` doubles for a chunk's sums, in the kernel's memory after its work
   * arrays (grown as needed), reused by the chunks of a run.
   */
  chunkBuffer(size: number): Float64Array {
    const needed = this.at.bytes + size * 8
    const have = this.memory.buffer.byteLength
    if (needed > have) {
      this.memory.grow(Math.ceil((needed - have) / 65_536))
      this.bindViews()
    }
    this.seriesAt = this.at.bytes
    const buffer = new Float64Array(this.memory.buffer, this.seriesAt, size)
    buffer.fill(0)
    return buffer
  }

  /** Points the kernel at a run's plan and a chunk's result (same types every time: one shape). */
  prepare(plan: KernelPlan, output: KernelOutput): void {
    this.plan = plan
    this.output = output
    this.series = output.series
    this.groups = output.groups
    this.byAge = output.byAge
  }

  /** Runs block b through every month. */
  run(b: number): void {
    const perBlock = this.plan.placesPerBlock * this.plan.postsPerPlace
    this.firstPost = b * perBlock
    this.lastPost = Math.min(this.posts, this.firstPost + perBlock)
    this.cellBase = this.firstPost * this.ages
    this.cellCount = (this.lastPost - this.firstPost) * this.ages
    this.assignSlots()
    const par = this.compiled.parameters
    this.cur.set(par.startHeadcount.subarray(this.cellBase, this.cellBase + this.cellCount))
    // Cells of posts that never hold staff are never written: they must read 0 in both buffers.
    this.nxt.fill(0, 0, this.cellCount)
    this.hazard.set(
      par.leaverHazard.subarray(
        this.cellBase * REASONS,
        (this.cellBase + this.cellCount) * REASONS,
      ),
    )
    this.stay.set(par.joinerStay.subarray(this.cellBase, this.cellBase + this.cellCount))
    this.pack(true)
    // The block's demand, post-major like the compiled array: one copy of the demand table, or
    // of its base when the compiled projection keeps demand as base × a factor a month (the
    // kernel then multiplies by `demandScale`, the factor or 1).
    const months = this.months
    const factor = par.demandMonthFactor
    const table = factor === null ? par.demandFte : par.demandBaseFte
    this.demand.set(table.subarray(this.firstPost * months, this.lastPost * months))
    if (factor === null) this.demandScale.fill(1)
    else this.demandScale.set(factor)
    this.pay.set(par.payPerFteMonth.subarray(this.firstPost, this.lastPost))
    this.bank.set(par.bankPerShortfallFteMonth.subarray(this.firstPost, this.lastPost))
    this.agency.set(par.agencyPerShortfallFteMonth.subarray(this.firstPost, this.lastPost))
    this.live.set(this.plan.livePost.subarray(this.firstPost, this.lastPost))
    this.moving = par.pairStart[this.lastPost]! > par.pairStart[this.firstPost]!
    if (!this.byAge) this.sumPerSlot()
    const schedule = this.plan.schedule
    let event = this.plan.events.start[b]!
    for (let t = 0; t <= this.months; t++) {
      const flowing = t < this.months
      if (flowing) {
        if (this.moving) this.nxt.fill(0, 0, this.cellCount)
        if (schedule !== null && schedule.dirty[t] === 1) this.rederiveHazards(b, t)
      }
      blockMonth(this, t)
      if (flowing) {
        event = addEvents(this, b, t, event)
        if (par.transfers.length > 0) transferCompleters(this, b, t)
        const swap = this.cur
        this.cur = this.nxt
        this.nxt = swap
        const swapAt = this.curAt
        this.curAt = this.nxtAt
        this.nxtAt = swapAt
      }
      this.flush(t)
    }
  }

  /** Constant joiners per slot (results without age bands). */
  sumPerSlot(): void {
    const joiners = this.plan.postJoiners
    const posts = this.lastPost - this.firstPost
    this.slotJoiners.fill(0, 0, this.slots * CONSTANT_KINDS)
    for (let lq = 0; lq < posts; lq++) {
      const q = this.firstPost + lq
      const j = this.slotOfPost[lq]!
      for (let kind = 0; kind < CONSTANT_KINDS; kind++)
        this.slotJoiners[j * CONSTANT_KINDS + kind]! += joiners[q * CONSTANT_KINDS + kind]!
    }
  }

  /** Gives each result group of the block's posts an accumulator slot (per age band when kept). */
  assignSlots(): void {
    const { groupOfPost } = this.output
    const ages = this.byAge ? this.ages : 1
    let groups = 0
    for (let q = this.firstPost; q < this.lastPost; q++) {
      const group = groupOfPost[q]!
      if (this.slotOfGroup[group]! < 0) {
        this.slotOfGroup[group] = groups
        for (let a = 0; a < ages; a++) this.groupOfSlot[groups * ages + a] = group * ages + a
        groups++
      }
      this.slotOfPost[q - this.firstPost] = this.slotOfGroup[group]! * ages
    }
    for (let q = this.firstPost; q < this.lastPost; q++) this.slotOfGroup[groupOfPost[q]!] = -1
    this.slots = groups * ages
  }

  /** Packs the block's coefficients from its hazards (`all`: FTE per head and ageing too). */
  pack(all: boolean): void {
    const par = this.compiled.parameters
    const joiners = par.joinersPerMonth
    const coef = this.coef
    const hazard = this.hazard
    const cap = this.cap
    for (let i = 0; i < this.cellCount; i++) {
      const c = this.cellBase + i
      const h0 = hazard[i * REASONS]!
      const h1 = hazard[i * REASONS + 1]!
      const h2 = hazard[i * REASONS + 2]!
      coef[C_HAZARD * cap + i] = h0
      coef[(C_HAZARD + 1) * cap + i] = h1
      coef[(C_HAZARD + 2) * cap + i] = h2
      // Stayers: neither leaving nor moving to another sector (moves take a share of survivors).
      coef[C_STAYING * cap + i] =
        survivingShare(h0, h1, h2) * (1 - par.moveOutHazard[(c / this.ages) | 0]!)
      const j = c * CONSTANT_KINDS
      const jt = joiners[j]! + joiners[j + 1]! + joiners[j + 2]!
      const f = this.stay[i]!
      coef[C_JOINERS_STAYING * cap + i] = jt * f
      coef[C_JOINER_LOSS * cap + i] = joinerLossPerHazard(jt, f, h0, h1, h2)
      if (all) {
        coef[C_FTE_PER_HEAD * cap + i] = par.ftePerHead[c]!
        coef[C_AGEING * cap + i] = par.ageingHazard[i % this.ages]!
      }
    }
  }

  /** Month t changes a leaver-rate multiplier: the block's hazards from its rates and levers. */
  rederiveHazards(b: number, t: number): void {
    const schedule = this.plan.schedule!
    const par = this.compiled.parameters
    const n = this.cellCount * REASONS
    this.multiplier.fill(1, 0, n)
    const offset = this.cellBase * REASONS
    // Levers on the same cell add (−10% and −15% make −25%), never compound.
    for (let x = schedule.start[b]!; x < schedule.start[b + 1]!; x++)
      this.multiplier[schedule.slot[x]! - offset]! +=
        schedule.multipliers[schedule.change[x]!]![t]! - 1
    fillLeaverHazard(
      par.leaverRatePerYear.subarray(offset, offset + n),
      this.multiplier.subarray(0, n),
      this.hazard.subarray(0, n),
      par.perPersonYear,
      this.stay.subarray(0, this.cellCount),
    )
    this.pack(false)
  }

  /** Adds pass t's sums to the result: the reported stock to month t − 1, flows to month t. */
  flush(t: number): void {
    const report = t - 1
    const first = report >= 0 ? 0 : STOCK_SERIES
    const last = t < this.months ? SERIES : STOCK_SERIES
    // Without age bands, a month's flows first get the per-slot sums the posts did not add:
    // constant joiners (`slotJoiners`) and ageing in (= ageing out when bands are summed).
    const perSlot = !this.byAge && t < this.months ? 1 : 0
    this.cellsFlush(
      this.at.acc,
      this.slots,
      this.at.groupOfSlot,
      this.seriesAt,
      first,
      last,
      report,
      t,
      this.months,
      this.groups,
      perSlot,
      this.at.slotJoiners,
    )
  }
}

/**
 * Pass t over one block's posts: reports the opening stock of month t (the closing stock of
 * t − 1) and, while t < months, computes the month's leavers, moves, ageing, constant joiners and
 * recruitment to vacancies into `nxt`. The cell update runs in WebAssembly (`kernel-cells.wat`),
 * the only place it is written; without age bands or participation changes it also adds each
 * post's stock to its slot. What is left per post (the starting stock, stock by age band or with
 * a participation change, moves and recruitment) runs here, in one pass over the block's posts
 * and only in the months and blocks that need it.
 */
function blockMonth(k: BlockKernel, t: number): void {
  const par = k.compiled.parameters
  const at = k.at
  const ages = k.ages
  const months = k.months
  const byAge = k.byAge
  const first = k.firstPost
  const posts = k.lastPost - first
  const report = t - 1
  const flowing = t < months
  const participation = par.participationChange
  const recruiting = par.recruitment.fill.length > 0
  // Stock by age band, or with participation changes, is counted here; otherwise in the update.
  const stockInCells = !byAge && participation === null
  const mode =
    (flowing ? FLOWING : 0) |
    (k.moving ? MOVING : 0) |
    (byAge ? BY_AGE : 0) |
    (stockInCells ? STOCK : 0)
  k.cellsMonth(
    posts,
    ages,
    months,
    mode,
    report,
    k.cap,
    at.coef,
    k.curAt,
    k.nxtAt,
    at.survivors,
    at.bands,
    at.out,
    at.acc,
    at.demand,
    at.pay,
    at.bank,
    at.agency,
    at.slot,
    at.live,
    report >= 0 ? k.demandScale[report]! : 1,
  )
  if (report >= 0 && stockInCells && !(flowing && (k.moving || recruiting))) return
  const acc = k.acc
  const slotOfPost = k.slotOfPost
  const live = k.live
  const postStock = k.postStock
  const pairStart = par.pairStart
  const recruitFill = par.recruitment.fill
  const demand = k.demand
  const cap = k.cap
  for (let lq = 0; lq < posts; lq++) {
    const q = first + lq
    const local = lq * ages
    const base = slotOfPost[lq]! * SERIES
    if (live[lq] === 0) {
      // A post that can never hold staff: nothing flows, only its demand is reported.
      if (report < 0 || stockInCells) continue
      const d = demand[lq * months + report]! * k.demandScale[report]!
      if (byAge) addStockByAge(k, lq, local, base, 0, d, 0)
      else addStock(acc, base, 0, 0, d, k.pay[lq]!, k.bank[lq]!, k.agency[lq]!)
      continue
    }
    const hc = postStock[lq * 2]!
    let fte = postStock[lq * 2 + 1]!
    if (flowing && byAge) flowsByAge(k, q, local, base)
    const adjust = participation !== null && report >= 0 ? participation[q * months + report]! : 0
    if (adjust !== 0) {
      // The month's FTE per head differs from the packed one: recount.
      fte = 0
      for (let i = local; i < local + ages; i++)
        fte += k.cur[i]! * Math.max(0, k.coef[C_FTE_PER_HEAD * cap + i]! + adjust)
    }
    if (report < 0) reportStart(k, q, local)
    else if (!stockInCells) {
      const d = demand[lq * months + report]! * k.demandScale[report]!
      if (byAge) addStockByAge(k, lq, local, base, adjust, d, fte)
      else addStock(acc, base, hc, fte, d, k.pay[lq]!, k.bank[lq]!, k.agency[lq]!)
    }
    if (!flowing) continue
    if (k.moving && pairStart[q + 1]! > pairStart[q]!) movePost(k, q, local, base)
    if (recruiting && recruitFill[q]! > 0) recruit(k, q, t, fte, base)
  }
}

/** The flows of post q by age band (from `bands`), when the result keeps age bands. */
function flowsByAge(k: BlockKernel, q: number, local: number, base: number): void {
  const acc = k.acc
  const bands = k.bands
  const joiners = k.compiled.parameters.joinersPerMonth
  let carry = 0
  for (let a = 0, o = base; a < k.ages; a++, o += SERIES) {
    const j = (q * k.ages + a) * CONSTANT_KINDS
    const x = (local + a) * 4
    acc[o + S.leaversRetirement]! += bands[x]!
    acc[o + S.leaversVoluntary]! += bands[x + 1]!
    acc[o + S.leaversOther]! += bands[x + 2]!
    acc[o + S.joinersInternational]! += joiners[j]!
    acc[o + S.joinersReturner]! += joiners[j + 1]!
    acc[o + S.joinersOther]! += joiners[j + 2]!
    acc[o + S.ageingIn]! += carry
    acc[o + S.ageingOut]! += bands[x + 3]!
    carry = bands[x + 3]!
  }
}

/** The starting stock of post q (pass 0), by result group. */
function reportStart(k: BlockKernel, q: number, local: number): void {
  const { startHeadcount, startFte, groupOfPost } = k.output
  const group = groupOfPost[q]!
  for (let a = 0; a < k.ages; a++) {
    const s = k.cur[local + a]!
    const at = k.byAge ? group * k.ages + a : group
    startHeadcount[at]! += s
    startFte[at]! += s * Math.max(0, k.coef[C_FTE_PER_HEAD * k.cap + local + a]!)
  }
}

/**
 * Adds the stock of one post at a month's end to its accumulator slot: headcount, FTE, demand,
 * gap, shortfall and costs (small, so V8 inlines it into the kernel's loop).
 */
function addStock(
  acc: Float64Array,
  base: number,
  hc: number,
  fte: number,
  d: number,
  pay: number,
  bank: number,
  agency: number,
): void {
  const gap = d - fte
  const shortfall = Math.max(gap, 0)
  acc[base + S.headcount]! += hc
  acc[base + S.fte]! += fte
  acc[base + S.demandFte]! += d
  acc[base + S.gapFte]! += gap
  acc[base + S.shortfallFte]! += shortfall
  acc[base + S.substantiveCostGbp]! += fte * pay
  acc[base + S.bankCostGbp]! += shortfall * bank
  acc[base + S.agencyCostGbp]! += shortfall * agency
  acc[base + S.costToMeetDemandGbp]! += d * pay
}

/**
 * The stock of block post lq at a month's end by age band, when the result keeps them: demand,
 * gap, shortfall and their costs are allocated to the bands by FTE share (evenly when it has none).
 */
function addStockByAge(
  k: BlockKernel,
  lq: number,
  local: number,
  base: number,
  adjust: number,
  d: number,
  fte: number,
): void {
  const pay = k.pay[lq]!
  const bank = k.bank[lq]!
  const agency = k.agency[lq]!
  // The post's gap allocated by share (not each band's demand − FTE, which cancels).
  const gap = d - fte
  const shortfall = Math.max(gap, 0)
  for (let a = 0, o = base; a < k.ages; a++, o += SERIES) {
    const s = k.cur[local + a]!
    const cellFte = s * Math.max(0, k.coef[C_FTE_PER_HEAD * k.cap + local + a]! + adjust)
    const share = fte > 0 ? cellFte / fte : 1 / k.ages
    const acc = k.acc
    acc[o + S.headcount]! += s
    acc[o + S.fte]! += cellFte
    acc[o + S.demandFte]! += d * share
    acc[o + S.gapFte]! += gap * share
    acc[o + S.shortfallFte]! += shortfall * share
    acc[o + S.substantiveCostGbp]! += cellFte * pay
    acc[o + S.bankCostGbp]! += shortfall * share * bank
    acc[o + S.agencyCostGbp]! += shortfall * share * agency
    acc[o + S.costToMeetDemandGbp]! += d * share * pay
  }
}

/**
 * Moves out of post q (block cells from `local`) to other sectors of its place, from this month's
 * survivors, by age band.
 */
function movePost(k: BlockKernel, q: number, local: number, base: number): void {
  const par = k.compiled.parameters
  const ages = k.ages
  const step = k.byAge ? SERIES : 0
  for (let x = par.pairStart[q]!; x < par.pairStart[q + 1]!; x++) {
    const h = par.pairMonthlyHazard[x]!
    const target = par.pairTargetPost[x]! - k.firstPost
    const into = k.slotOfPost[target]! * SERIES
    for (let a = 0; a < ages; a++) {
      const flow = k.survivors[local + a]! * h
      k.nxt[target * ages + a]! += flow
      k.acc[base + a * step + S.movesOut]! += flow
      k.acc[into + a * step + S.movesIn]! += flow
    }
  }
}

/**
 * Recruits into post q in month t: `min(cap, fill × max(0, demand_t − opening FTE) ÷ FTE per
 * head)` people, spread over its age bands and exposed to leaving like other joiners.
 */
function recruit(k: BlockKernel, q: number, t: number, openingFte: number, base: number): void {
  const par = k.compiled.parameters
  const recruitment = par.recruitment
  const vacancy = k.demand[(q - k.firstPost) * k.months + t]! * k.demandScale[t]! - openingFte
  if (!(vacancy > 0)) return
  const fph = recruitment.ftePerHead[q]! > 0 ? recruitment.ftePerHead[q]! : 1
  const people = Math.min(recruitment.capPerMonth[q]!, (recruitment.fill[q]! * vacancy) / fph)
  if (!(people > 0)) return
  const local = (q - k.firstPost) * k.ages
  const step = k.byAge ? SERIES : 0
  for (let a = 0; a < k.ages; a++) {
    const amount = people * recruitment.weight[q * k.ages + a]!
    if (amount === 0) continue
    joinCell(k, local + a, amount, base + a * step + S.joinersOther)
  }
}

/**
 * Adds `amount` joiners to block cell i, counted at accumulator offset `at`; those who leave before
 * the month's end are counted as leavers of the cell's reasons.
 */
function joinCell(k: BlockKernel, i: number, amount: number, at: number): void {
  const f = k.stay[i]!
  k.nxt[i]! += amount * f
  k.acc[at]! += amount
  if (f < 1) {
    const h0 = k.coef[C_HAZARD * k.cap + i]!
    const h1 = k.coef[(C_HAZARD + 1) * k.cap + i]!
    const h2 = k.coef[(C_HAZARD + 2) * k.cap + i]!
    const lost = joinerLossPerHazard(amount, f, h0, h1, h2)
    const o = at - (at % SERIES)
    k.acc[o + S.leaversRetirement]! += lost * h0
    k.acc[o + S.leaversVoluntary]! += lost * h1
    k.acc[o + S.leaversOther]! += lost * h2
  }
}

/** The block's time-limited inflows of month t (events from `event` on); returns the next event. */
function addEvents(k: BlockKernel, b: number, t: number, from: number): number {
  const events = k.plan.events
  const end = events.start[b + 1]!
  let e = from
  const step = k.byAge ? SERIES : 0
  while (e < end && events.month[e] === t) {
    const i = events.cell[e]! - k.cellBase
    const lq = (i / k.ages) | 0
    const at = k.slotOfPost[lq]! * SERIES + (i - lq * k.ages) * step
    joinCell(k, i, events.amount[e]!, at + JOINER_SERIES_INDEX[events.kind[e]!]!)
    e++
  }
  return e
}

/**
 * Moves month t's completers of employment-based programmes from their source staff group (the
 * place's cells of it in every sector, in proportion to their closing stock) to the target group,
 * never more than the source cells hold, counted as moves out and in: nobody joins, nobody leaves.
 */
function transferCompleters(k: BlockKernel, b: number, t: number): void {
  const transfers = k.compiled.parameters.transfers
  const list = k.plan.transfers
  const nxt = k.nxt
  const base = k.cellBase
  const step = k.byAge ? SERIES : 0
  const slotOf = (i: number) => {
    const lq = (i / k.ages) | 0
    return k.slotOfPost[lq]! * SERIES + (i - lq * k.ages) * step
  }
  for (let x = list.start[b]!; x < list.start[b + 1]!; x++) {
    const transfer = transfers[list.transfer[x]!]!
    const volume = transfer.perMonth[t]!
    if (!(volume > 0)) continue
    const n = list.target[x]!
    const sectors = transfer.sectors
    const to = transfer.target[n]! - base
    let available = 0
    for (let s = 0; s < sectors; s++) available += nxt[transfer.source[n * sectors + s]! - base]!
    const wanted = volume * transfer.weights[n]!
    if (!(available > 0) || !(wanted > 0)) continue
    const share = Math.min(1, wanted / available)
    const into = slotOf(to) + S.movesIn
    for (let s = 0; s < sectors; s++) {
      const from = transfer.source[n * sectors + s]! - base
      const amount = nxt[from]! * share
      if (!(amount > 0)) continue
      nxt[from]! -= amount
      nxt[to]! += amount
      k.acc[slotOf(from) + S.movesOut]! += amount
      k.acc[into]! += amount
    }
  }
}
