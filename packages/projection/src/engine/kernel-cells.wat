;; The kernel's cell update (`month`: one month of one block's posts) and the flush of its sums
;; into a chunk's result (`flush`), in WebAssembly.
;;
;; This is the only place the monthly cell update is written (`kernel.ts` calls it once per block
;; and month, and does the sparse flows: moves, recruitment, inflows, transfers, age-band output).
;; `scripts/build-kernel-wasm.ts` fills the constants in double braces from `layout.ts` and assembles this text
;; into `kernel-cells.generated.ts`; a test checks that the committed module is this text's.
;;
;; Every array is a run of f64 (i32 for `slot`, u8 for `live`) at a byte offset of the memory the
;; kernel imports; cell i of a block is post `i / ages`, band `i % ages`. The coefficients are laid
;; out by field (`coef + (field × cap + cell) × 8`, fields as `layout.ts`'s C_ offsets), so each
;; field is one stream.
;;
;; For post lq of the block, with s the opening stock of a cell and its coefficients h0-h2
;; (monthly leaving probability by reason), fph, staying, ageing, js (constant joiners still in
;; post at the month's end) and loss (joiners who leave, per unit of hazard):
;;   headcount += s; fte += s × fph
;;   leavers_r = (s + loss) × h_r                                   (r = retirement, voluntary, other)
;;   stayers = s × staying; up = stayers × ageing
;;   closing = stayers − up + up of the band below + js             (into `nxt`: stored, or added
;;                                                                    when the block moves staff)
;; and, when the block moves staff, survivors = s × max(1 − h0 − h1 − h2, 0) for the moves.
;; The operations and their order are those of the kernel's tests' month-major reference.
;;
;; mode bits: 1 the month flows (else only the stock is counted), 2 the block moves staff,
;; 4 the result keeps age bands (leavers and ageing per cell go to `bands`, not the post's slot),
;; 8 add each post's stock, demand, gap, shortfall and costs (the cost to meet demand too) of
;; month `report` to its slot.
(module
  (import "kernel" "memory" (memory 1))
  (func (export "month")
    (param $posts i32) (param $ages i32) (param $months i32) (param $mode i32) (param $report i32) (param $cap i32)
    (param $coef i32) (param $cur i32) (param $nxt i32) (param $surv i32) (param $bands i32)
    (param $out i32) (param $acc i32) (param $demand i32) (param $pay i32) (param $bank i32)
    (param $agency i32) (param $slot i32) (param $live i32) (param $scale f64)
    (local $h0 i32) (local $h1 i32) (local $h2 i32) (local $fph i32)
    (local $staying i32) (local $ageing i32) (local $js i32) (local $loss i32)
    (local $flowing i32) (local $moving i32) (local $byAge i32) (local $stock i32)
    (local $lq i32) (local $i i32) (local $end i32) (local $p i32) (local $a i32) (local $stride i32)
    (local $q i32) (local $hc f64) (local $fte f64)
    (local $mask v128) (local $vs v128) (local $vhc v128) (local $vfte v128) (local $vExposed v128)
    (local $vh0 v128) (local $vh1 v128) (local $vh2 v128) (local $vl0 v128) (local $vl1 v128)
    (local $vl2 v128) (local $vStayers v128) (local $vUp v128) (local $vPrevUp v128)
    (local $vClosing v128) (local $vRet v128) (local $vVol v128) (local $vOth v128) (local $vAge v128)
    (local $d f64) (local $gap f64) (local $shortfall f64)
    (if (i32.eqz (local.get $posts)) (then (return)))
    ;; One pointer per coefficient field.
    (local.set $stride (i32.shl (local.get $cap) (i32.const 3)))
    (local.set $h0 (i32.add (local.get $coef) (i32.mul (local.get $stride) (i32.const {{C_HAZARD}}))))
    (local.set $h1 (i32.add (local.get $h0) (local.get $stride)))
    (local.set $h2 (i32.add (local.get $h1) (local.get $stride)))
    (local.set $fph (i32.add (local.get $coef) (i32.mul (local.get $stride) (i32.const {{C_FTE_PER_HEAD}}))))
    (local.set $staying (i32.add (local.get $coef) (i32.mul (local.get $stride) (i32.const {{C_STAYING}}))))
    (local.set $ageing (i32.add (local.get $coef) (i32.mul (local.get $stride) (i32.const {{C_AGEING}}))))
    (local.set $js (i32.add (local.get $coef) (i32.mul (local.get $stride) (i32.const {{C_JOINERS_STAYING}}))))
    (local.set $loss (i32.add (local.get $coef) (i32.mul (local.get $stride) (i32.const {{C_JOINER_LOSS}}))))
    (local.set $flowing (i32.and (local.get $mode) (i32.const 1)))
    (local.set $moving (i32.and (local.get $mode) (i32.const 2)))
    (local.set $byAge (i32.and (local.get $mode) (i32.const 4)))
    (local.set $stock
      (i32.and (i32.ne (i32.and (local.get $mode) (i32.const 8)) (i32.const 0))
               (i32.ge_s (local.get $report) (i32.const 0))))
    (loop $post
      ;; The post's accumulator slot: `acc + slot × SERIES × 8`.
      (local.set $a
        (i32.add (local.get $acc)
          (i32.shl
            (i32.mul (i32.load (i32.add (local.get $slot) (i32.shl (local.get $lq) (i32.const 2))))
                     (i32.const {{SERIES}}))
            (i32.const 3))))
      (local.set $hc (f64.const 0))
      (local.set $fte (f64.const 0))
      ;; A post that can never hold staff has no cells to update: only its demand is counted.
      (if (i32.load8_u (i32.add (local.get $live) (local.get $lq)))
        (then
          (local.set $i (i32.mul (local.get $lq) (local.get $ages)))
          (local.set $end (i32.add (local.get $i) (local.get $ages)))
          (local.set $vhc (v128.const f64x2 0 0))
          (local.set $vfte (v128.const f64x2 0 0))
          (if (local.get $flowing)
            (then
              (local.set $vRet (v128.const f64x2 0 0))
              (local.set $vVol (v128.const f64x2 0 0))
              (local.set $vOth (v128.const f64x2 0 0))
              (local.set $vAge (v128.const f64x2 0 0))
              (local.set $vPrevUp (v128.const f64x2 0 0))
              ;; Two bands at a time, lanes (band, band + 1). With an odd number of bands the last
              ;; pair's second lane is past the post (the next post's first cell, or the start of
              ;; the next array: finite numbers either way). `mask` zeroes that lane's stock and
              ;; exposure, which every sum is a multiple of, and its stores keep what that lane's
              ;; memory held.
              (loop $cell
                (local.set $p (i32.shl (local.get $i) (i32.const 3)))
                (local.set $mask
                  (select (v128.const i64x2 -1 -1) (v128.const i64x2 -1 0)
                    (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $end))))
                (local.set $vs (v128.and (local.get $mask) (v128.load (i32.add (local.get $cur) (local.get $p)))))
                (local.set $vhc (f64x2.add (local.get $vhc) (local.get $vs)))
                (local.set $vfte
                  (f64x2.add (local.get $vfte)
                    (f64x2.mul (local.get $vs) (v128.load (i32.add (local.get $fph) (local.get $p))))))
                (local.set $vExposed
                  (v128.and (local.get $mask)
                    (f64x2.add (local.get $vs) (v128.load (i32.add (local.get $loss) (local.get $p))))))
                (local.set $vh0 (v128.load (i32.add (local.get $h0) (local.get $p))))
                (local.set $vh1 (v128.load (i32.add (local.get $h1) (local.get $p))))
                (local.set $vh2 (v128.load (i32.add (local.get $h2) (local.get $p))))
                (local.set $vl0 (f64x2.mul (local.get $vExposed) (local.get $vh0)))
                (local.set $vl1 (f64x2.mul (local.get $vExposed) (local.get $vh1)))
                (local.set $vl2 (f64x2.mul (local.get $vExposed) (local.get $vh2)))
                (local.set $vStayers
                  (f64x2.mul (local.get $vs) (v128.load (i32.add (local.get $staying) (local.get $p)))))
                (local.set $vUp
                  (f64x2.mul (local.get $vStayers) (v128.load (i32.add (local.get $ageing) (local.get $p)))))
                ;; Ageing in: (last lane of the pair below, first lane of this pair).
                (local.set $vClosing
                  (f64x2.add
                    (f64x2.add
                      (f64x2.sub (local.get $vStayers) (local.get $vUp))
                      (i8x16.shuffle 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
                        (local.get $vPrevUp) (local.get $vUp)))
                    (v128.load (i32.add (local.get $js) (local.get $p)))))
                (if (local.get $moving)
                  (then
                    ;; Moves into a cell may come from another post of the place: add.
                    (v128.store (i32.add (local.get $nxt) (local.get $p))
                      (f64x2.add (v128.load (i32.add (local.get $nxt) (local.get $p)))
                        (v128.and (local.get $mask) (local.get $vClosing))))
                    (v128.store (i32.add (local.get $surv) (local.get $p))
                      (v128.bitselect
                        (f64x2.mul (local.get $vs)
                          (f64x2.max
                            (f64x2.sub
                              (f64x2.sub (f64x2.sub (v128.const f64x2 1 1) (local.get $vh0)) (local.get $vh1))
                              (local.get $vh2))
                            (v128.const f64x2 0 0)))
                        (v128.load (i32.add (local.get $surv) (local.get $p)))
                        (local.get $mask))))
                  (else
                    (v128.store (i32.add (local.get $nxt) (local.get $p))
                      (v128.bitselect (local.get $vClosing)
                        (v128.load (i32.add (local.get $nxt) (local.get $p)))
                        (local.get $mask)))))
                (if (local.get $byAge)
                  (then
                    ;; `bands` is per cell: (l0, l1, l2, up) of the first lane, then of the second.
                    (local.set $q (i32.add (local.get $bands) (i32.shl (local.get $p) (i32.const 2))))
                    (v128.store offset=0 (local.get $q)
                      (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $vl0) (local.get $vl1)))
                    (v128.store offset=16 (local.get $q)
                      (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $vl2) (local.get $vUp)))
                    (if (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $end))
                      (then
                        (v128.store offset=32 (local.get $q)
                          (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $vl0) (local.get $vl1)))
                        (v128.store offset=48 (local.get $q)
                          (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $vl2) (local.get $vUp)))))))
                (local.set $vRet (f64x2.add (local.get $vRet) (local.get $vl0)))
                (local.set $vVol (f64x2.add (local.get $vVol) (local.get $vl1)))
                (local.set $vOth (f64x2.add (local.get $vOth) (local.get $vl2)))
                (local.set $vAge (f64x2.add (local.get $vAge) (local.get $vUp)))
                (local.set $vPrevUp (local.get $vUp))
                (local.set $i (i32.add (local.get $i) (i32.const 2)))
                (br_if $cell (i32.lt_u (local.get $i) (local.get $end))))
              (if (i32.eqz (local.get $byAge))
                (then
                  (f64.store offset={{8*S.leaversRetirement}} (local.get $a)
                    (f64.add (f64.load offset={{8*S.leaversRetirement}} (local.get $a))
                      (f64.add (f64x2.extract_lane 0 (local.get $vRet)) (f64x2.extract_lane 1 (local.get $vRet)))))
                  (f64.store offset={{8*S.leaversVoluntary}} (local.get $a)
                    (f64.add (f64.load offset={{8*S.leaversVoluntary}} (local.get $a))
                      (f64.add (f64x2.extract_lane 0 (local.get $vVol)) (f64x2.extract_lane 1 (local.get $vVol)))))
                  (f64.store offset={{8*S.leaversOther}} (local.get $a)
                    (f64.add (f64.load offset={{8*S.leaversOther}} (local.get $a))
                      (f64.add (f64x2.extract_lane 0 (local.get $vOth)) (f64x2.extract_lane 1 (local.get $vOth)))))
                  (f64.store offset={{8*S.ageingOut}} (local.get $a)
                    (f64.add (f64.load offset={{8*S.ageingOut}} (local.get $a))
                      (f64.add (f64x2.extract_lane 0 (local.get $vAge)) (f64x2.extract_lane 1 (local.get $vAge))))))))
            (else
              (loop $count
                (local.set $p (i32.shl (local.get $i) (i32.const 3)))
                (local.set $mask
                  (select (v128.const i64x2 -1 -1) (v128.const i64x2 -1 0)
                    (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $end))))
                (local.set $vs (v128.and (local.get $mask) (v128.load (i32.add (local.get $cur) (local.get $p)))))
                (local.set $vhc (f64x2.add (local.get $vhc) (local.get $vs)))
                (local.set $vfte
                  (f64x2.add (local.get $vfte)
                    (f64x2.mul (local.get $vs) (v128.load (i32.add (local.get $fph) (local.get $p))))))
                (local.set $i (i32.add (local.get $i) (i32.const 2)))
                (br_if $count (i32.lt_u (local.get $i) (local.get $end))))))
          (local.set $hc (f64.add (f64x2.extract_lane 0 (local.get $vhc)) (f64x2.extract_lane 1 (local.get $vhc))))
          (local.set $fte (f64.add (f64x2.extract_lane 0 (local.get $vfte)) (f64x2.extract_lane 1 (local.get $vfte))))))
      ;; The post's opening headcount and FTE, for the kernel's sparse flows.
      (f64.store offset=0 (i32.add (local.get $out) (i32.shl (local.get $lq) (i32.const 4))) (local.get $hc))
      (f64.store offset=8 (i32.add (local.get $out) (i32.shl (local.get $lq) (i32.const 4))) (local.get $fte))
      (if (local.get $stock)
        (then
          (local.set $p (i32.shl (local.get $lq) (i32.const 3)))
          ;; The block's demand table times the month's factor (1 when the table is the demand).
          (local.set $d
            (f64.mul
              (f64.load
                (i32.add (local.get $demand)
                  (i32.shl (i32.add (i32.mul (local.get $lq) (local.get $months)) (local.get $report))
                           (i32.const 3))))
              (local.get $scale)))
          (local.set $gap (f64.sub (local.get $d) (local.get $fte)))
          (local.set $shortfall (f64.max (local.get $gap) (f64.const 0)))
          (f64.store offset={{8*S.headcount}} (local.get $a)
            (f64.add (f64.load offset={{8*S.headcount}} (local.get $a)) (local.get $hc)))
          (f64.store offset={{8*S.fte}} (local.get $a)
            (f64.add (f64.load offset={{8*S.fte}} (local.get $a)) (local.get $fte)))
          (f64.store offset={{8*S.demandFte}} (local.get $a)
            (f64.add (f64.load offset={{8*S.demandFte}} (local.get $a)) (local.get $d)))
          (f64.store offset={{8*S.gapFte}} (local.get $a)
            (f64.add (f64.load offset={{8*S.gapFte}} (local.get $a)) (local.get $gap)))
          (f64.store offset={{8*S.shortfallFte}} (local.get $a)
            (f64.add (f64.load offset={{8*S.shortfallFte}} (local.get $a)) (local.get $shortfall)))
          (f64.store offset={{8*S.substantiveCostGbp}} (local.get $a)
            (f64.add (f64.load offset={{8*S.substantiveCostGbp}} (local.get $a))
              (f64.mul (local.get $fte) (f64.load (i32.add (local.get $pay) (local.get $p))))))
          (f64.store offset={{8*S.costToMeetDemandGbp}} (local.get $a)
            (f64.add (f64.load offset={{8*S.costToMeetDemandGbp}} (local.get $a))
              (f64.mul (local.get $d) (f64.load (i32.add (local.get $pay) (local.get $p))))))
          (f64.store offset={{8*S.bankCostGbp}} (local.get $a)
            (f64.add (f64.load offset={{8*S.bankCostGbp}} (local.get $a))
              (f64.mul (local.get $shortfall) (f64.load (i32.add (local.get $bank) (local.get $p))))))
          (f64.store offset={{8*S.agencyCostGbp}} (local.get $a)
            (f64.add (f64.load offset={{8*S.agencyCostGbp}} (local.get $a))
              (f64.mul (local.get $shortfall) (f64.load (i32.add (local.get $agency) (local.get $p))))))))
      (local.set $lq (i32.add (local.get $lq) (i32.const 1)))
      (br_if $post (i32.lt_u (local.get $lq) (local.get $posts)))))

  ;; Adds one pass's per-slot sums to a chunk's result and clears them: series x (from `first` to
  ;; `last` − 1) of slot j goes to `out + (x × months + row) × groups + groupOfSlot[j]`, where row is
  ;; `stockRow` for the stock series (below {{STOCK_SERIES}}) and `flowRow` for the flows. With
  ;; `perSlot` (a month's flows, results without age bands), each slot first adds what the posts
  ;; did not: its constant joiners by kind (`joiners + (slot × CONSTANT_KINDS + kind) × 8`) and its ageing in
  ;; (equal to its ageing out when age bands are summed).
  (func (export "flush")
    (param $acc i32) (param $slots i32) (param $groupOfSlot i32) (param $out i32)
    (param $first i32) (param $last i32) (param $stockRow i32) (param $flowRow i32)
    (param $months i32) (param $groups i32) (param $perSlot i32) (param $joiners i32)
    (local $x i32) (local $j i32) (local $row i32) (local $from i32) (local $to i32)
    (if (i32.eqz (local.get $slots)) (then (return)))
    (if (local.get $perSlot)
      (then
        (local.set $from (local.get $acc))
        (local.set $to (local.get $joiners))
        (local.set $j (i32.const 0))
        (loop $slotFlows
          (f64.store offset={{8*S.joinersInternational}} (local.get $from)
            (f64.add (f64.load offset={{8*S.joinersInternational}} (local.get $from))
              (f64.load offset={{8*K.international}} (local.get $to))))
          (f64.store offset={{8*S.joinersReturner}} (local.get $from)
            (f64.add (f64.load offset={{8*S.joinersReturner}} (local.get $from))
              (f64.load offset={{8*K.returner}} (local.get $to))))
          (f64.store offset={{8*S.joinersOther}} (local.get $from)
            (f64.add (f64.load offset={{8*S.joinersOther}} (local.get $from))
              (f64.load offset={{8*K.other}} (local.get $to))))
          (f64.store offset={{8*S.ageingIn}} (local.get $from)
            (f64.add (f64.load offset={{8*S.ageingIn}} (local.get $from))
              (f64.load offset={{8*S.ageingOut}} (local.get $from))))
          (local.set $from (i32.add (local.get $from) (i32.const {{8*SERIES}})))
          (local.set $to (i32.add (local.get $to) (i32.const {{8*CONSTANT_KINDS}})))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br_if $slotFlows (i32.lt_u (local.get $j) (local.get $slots))))))
    (local.set $x (local.get $first))
    (block $done
      (br_if $done (i32.ge_u (local.get $x) (local.get $last)))
      (loop $series
        (local.set $row
          (i32.add (local.get $out)
            (i32.shl
              (i32.mul
                (i32.add (i32.mul (local.get $x) (local.get $months))
                  (select (local.get $stockRow) (local.get $flowRow)
                    (i32.lt_u (local.get $x) (i32.const {{STOCK_SERIES}}))))
                (local.get $groups))
              (i32.const 3))))
        (local.set $from (i32.add (local.get $acc) (i32.shl (local.get $x) (i32.const 3))))
        (local.set $j (i32.const 0))
        (loop $slot
          (local.set $to
            (i32.add (local.get $row)
              (i32.shl (i32.load (i32.add (local.get $groupOfSlot) (i32.shl (local.get $j) (i32.const 2))))
                       (i32.const 3))))
          (f64.store (local.get $to) (f64.add (f64.load (local.get $to)) (f64.load (local.get $from))))
          (local.set $from (i32.add (local.get $from) (i32.const {{8*SERIES}})))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br_if $slot (i32.lt_u (local.get $j) (local.get $slots))))
        (local.set $x (i32.add (local.get $x) (i32.const 1)))
        (br_if $series (i32.lt_u (local.get $x) (local.get $last)))))
    (memory.fill (local.get $acc) (i32.const 0) (i32.shl (i32.mul (local.get $slots) (i32.const {{SERIES}})) (i32.const 3)))))
