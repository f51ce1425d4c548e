import type { CompiledProjection } from './compiled-projection'
import { CONSTANT_KINDS, REASONS } from './layout'

/**
 * How a compiled projection is cut into the kernel's blocks, and the sparse flows (time-limited
 * inflows, training transfers, leaver-rate changes) listed per block so a block finds its own in
 * one slice. Blocks are runs of whole places, so every coupling between cells stays inside one
 * block. Built from the compiled projection's structure and re-read amounts, once per run.
 *
 * @internal
 */
export interface KernelPlan extends BlockShape {
  readonly events: CellEvents
  readonly transfers: BlockTransfers
  readonly schedule: LeaverSchedule | null
  /** Constant joiners per month summed over age bands, per post and kind (`post × 3 + kind`). */
  readonly postJoiners: Float64Array
  /**
   * 1 for a post that may hold staff at some month (starting stock, joiners, inflows, moves,
   * transfers or recruitment into it), 0 for one that never can: the kernel skips its cells.
   */
  readonly livePost: Uint8Array
}

/** Time-limited inflows (pipelines, joiners between two months) as event lists per block. */
export interface CellEvents {
  /** Events of block b are `start[b]..start[b+1]`, in month order. */
  readonly start: Int32Array
  readonly month: Int32Array
  /** The cell each event adds to. */
  readonly cell: Int32Array
  readonly amount: Float64Array
  /** Joiner kind of each event (`JOINER_KINDS`). */
  readonly kind: Int8Array
}

/** Training-transfer targets per block: entry x is target `target[x]` of transfer `transfer[x]`. */
export interface BlockTransfers {
  /** Entries of block b are `start[b]..start[b+1]`, in transfer then target order. */
  readonly start: Int32Array
  readonly transfer: Int32Array
  readonly target: Int32Array
}

/**
 * Scheduled leaver-rate changes (retention levers) as lists per block, so a block re-derives its
 * hazards in the months where a multiplier changes.
 */
export interface LeaverSchedule {
  /** 1 in the months where some change's multiplier differs from the month before (1 before the start). */
  readonly dirty: Uint8Array
  /** Entries of block b are `start[b]..start[b+1]`, in the order of the changes. */
  readonly start: Int32Array
  /** Cell × reason slot (`cell × REASONS + reason`) of each entry. */
  readonly slot: Int32Array
  /** The change of each entry (index into `multipliers`). */
  readonly change: Int32Array
  /** Rate multiplier per change and month. */
  readonly multipliers: readonly Float64Array[]
}

/**
 * Target cells per block: a few whole places, about this many cells (the block's packed
 * coefficients, stock and sums then stay in the core's L2 cache for all of its months).
 */
const BLOCK_CELLS = 4096

/** How a model is cut into blocks: a function of its dimensions only. @internal */
export interface BlockShape {
  readonly placesPerBlock: number
  readonly postsPerPlace: number
  readonly blocks: number
  /** Most posts and cells in one block (the kernel's work arrays are this size). */
  readonly blockPosts: number
  readonly blockCells: number
}

/** The blocks of whole places a compiled projection is cut into (its dimensions only). @internal */
export function blockShape(compiled: CompiledProjection): BlockShape {
  const { index } = compiled
  const postsPerPlace = index.sectorCount * index.staffGroupCount
  const cellsPerPlace = postsPerPlace * index.ageBandCount
  const placesPerBlock = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, cellsPerPlace)))
  const blockPosts = Math.min(index.postCount, placesPerBlock * postsPerPlace)
  return {
    placesPerBlock,
    postsPerPlace,
    blocks: Math.ceil(index.placeCount / placesPerBlock),
    blockPosts,
    blockCells: blockPosts * index.ageBandCount,
  }
}

/** @internal Cuts a compiled projection into blocks of whole places and lists its sparse flows per block. */
export function kernelPlan(compiled: CompiledProjection): KernelPlan {
  const { index } = compiled
  const shape = blockShape(compiled)
  const { blocks } = shape
  const cellsPerBlock = shape.placesPerBlock * shape.postsPerPlace * index.ageBandCount
  return {
    ...shape,
    events: blockEvents(compiled, cellsPerBlock, blocks),
    transfers: blockTransfers(compiled, cellsPerBlock, blocks),
    schedule: leaverSchedule(compiled, cellsPerBlock, blocks),
    postJoiners: postJoinerTotals(compiled.parameters.joinersPerMonth, index.ageBandCount),
    livePost: livePosts(compiled),
  }
}

/** The posts that may hold staff at some month (see `KernelPlan.livePost`). */
function livePosts(compiled: CompiledProjection): Uint8Array {
  const { index, parameters: par } = compiled
  const ages = index.ageBandCount
  const live = new Uint8Array(index.postCount)
  const mark = (cell: number) => {
    live[(cell / ages) | 0] = 1
  }
  for (let c = 0; c < index.cellCount; c++) {
    const j = c * CONSTANT_KINDS
    if (
      par.startHeadcount[c]! > 0 ||
      par.joinersPerMonth[j]! + par.joinersPerMonth[j + 1]! + par.joinersPerMonth[j + 2]! > 0
    )
      mark(c)
  }
  for (const inflow of par.inflows) for (const cell of inflow.cells) mark(cell)
  for (const transfer of par.transfers) for (const cell of transfer.target) mark(cell)
  for (let x = 0; x < par.pairTargetPost.length; x++) live[par.pairTargetPost[x]!] = 1
  const { fill, capPerMonth } = par.recruitment
  for (let q = 0; q < fill.length; q++) if (fill[q]! > 0 && capPerMonth[q]! > 0) live[q] = 1
  return live
}

/** Counts per block into a CSR start array (`start[b + 1]` holds block b's count, then prefix sums). */
function prefixSums(start: Int32Array): Int32Array {
  for (let b = 1; b < start.length; b++) start[b]! += start[b - 1]!
  return start
}

function blockEvents(
  compiled: CompiledProjection,
  cellsPerBlock: number,
  blocks: number,
): CellEvents {
  const months = compiled.months.length
  const inflows = compiled.parameters.inflows
  const start = new Int32Array(blocks + 1)
  for (const inflow of inflows) {
    let activeMonths = 0
    for (let t = 0; t < months; t++) if (inflow.perMonth[t] !== 0) activeMonths++
    if (activeMonths === 0) continue
    for (const cell of inflow.cells) start[((cell / cellsPerBlock) | 0) + 1]! += activeMonths
  }
  prefixSums(start)
  const total = start[blocks]!
  const fill = start.slice(0, blocks)
  const month = new Int32Array(total)
  const cell = new Int32Array(total)
  const amount = new Float64Array(total)
  const kind = new Int8Array(total)
  for (let t = 0; t < months; t++)
    for (const inflow of inflows) {
      const volume = inflow.perMonth[t]!
      if (volume === 0) continue
      const cells = inflow.cells
      const weights = inflow.weights
      for (let i = 0; i < cells.length; i++) {
        const block = (cells[i]! / cellsPerBlock) | 0
        const at = fill[block]!
        month[at] = t
        cell[at] = cells[i]!
        amount[at] = volume * weights[i]!
        kind[at] = inflow.kind
        fill[block] = at + 1
      }
    }
  return { start, month, cell, amount, kind }
}

function blockTransfers(
  compiled: CompiledProjection,
  cellsPerBlock: number,
  blocks: number,
): BlockTransfers {
  const transfers = compiled.parameters.transfers
  const start = new Int32Array(blocks + 1)
  for (const each of transfers)
    for (const cell of each.target) start[((cell / cellsPerBlock) | 0) + 1]! += 1
  prefixSums(start)
  const fill = start.slice(0, blocks)
  const transfer = new Int32Array(start[blocks]!)
  const target = new Int32Array(start[blocks]!)
  transfers.forEach((each, x) => {
    each.target.forEach((cell, i) => {
      const block = (cell / cellsPerBlock) | 0
      const at = fill[block]!
      transfer[at] = x
      target[at] = i
      fill[block] = at + 1
    })
  })
  return { start, transfer, target }
}

function leaverSchedule(
  compiled: CompiledProjection,
  cellsPerBlock: number,
  blocks: number,
): LeaverSchedule | null {
  const changes = compiled.parameters.leaverChanges
  if (changes.length === 0) return null
  const months = compiled.months.length
  const slotsPerBlock = cellsPerBlock * REASONS
  const dirty = new Uint8Array(months)
  for (const change of changes)
    for (let t = 0; t < months; t++)
      if (change.multiplier[t] !== (t === 0 ? 1 : change.multiplier[t - 1])) dirty[t] = 1
  const start = new Int32Array(blocks + 1)
  for (const change of changes)
    for (const slot of change.slots) start[((slot / slotsPerBlock) | 0) + 1]! += 1
  prefixSums(start)
  const fill = start.slice(0, blocks)
  const slot = new Int32Array(start[blocks]!)
  const change = new Int32Array(start[blocks]!)
  changes.forEach((each, k) => {
    for (const at of each.slots) {
      const block = (at / slotsPerBlock) | 0
      slot[fill[block]!] = at
      change[fill[block]!] = k
      fill[block]! += 1
    }
  })
  return { dirty, start, slot, change, multipliers: changes.map((each) => each.multiplier) }
}

function postJoinerTotals(joiners: Float64Array, ages: number): Float64Array {
  const cells = joiners.length / CONSTANT_KINDS
  const out = new Float64Array((cells / ages) * CONSTANT_KINDS)
  for (let c = 0; c < cells; c++) {
    const q = ((c / ages) | 0) * CONSTANT_KINDS
    for (let kind = 0; kind < CONSTANT_KINDS; kind++)
      out[q + kind]! += joiners[c * CONSTANT_KINDS + kind]!
  }
  return out
}
