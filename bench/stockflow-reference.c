/*
 * The machine's limit line for the projection benchmark: a plain C loop doing the same per-cell
 * arithmetic as the numpy peer's monthly update (/work/shared/peers/stockflow_numpy.py, `run`):
 * cells = places x sectors x staff groups x age bands; each month, leavers by hazard, ageing to
 * the next band, joiners, demand growth, FTE, gap and cost, with supply and gap summed by place x
 * staff group. One thread, no SIMD intrinsics, IEEE arithmetic (no -ffast-math).
 *
 *   gcc -O2 -o stockflow-reference stockflow-reference.c -lm
 *   ./stockflow-reference [places=10] [months=180] [repeats=1]
 *
 * Prints one line per repeat: "c reference: <cell-months> cell-months in <ms> ms (cpu <ms> ms,
 * checksum <x>)". The inputs are drawn from the same ranges as the peer's, by a fixed xorshift
 * generator (not numpy's), so the checksum is this program's own.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { SECTORS = 6, GROUPS = 25, BANDS = 10 };

static uint64_t state = 0x9e3779b97f4a7c15ULL;
static double uniform(double low, double high) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return low + (high - low) * ((double)(state >> 11) / 9007199254740992.0);
}

static double elapsed_ms(struct timespec from, struct timespec to) {
  return (to.tv_sec - from.tv_sec) * 1e3 + (to.tv_nsec - from.tv_nsec) / 1e6;
}

int main(int argc, char **argv) {
  const int places = argc > 1 ? atoi(argv[1]) : 10;
  const int months = argc > 2 ? atoi(argv[2]) : 180;
  const int repeats = argc > 3 ? atoi(argv[3]) : 1;
  const size_t cells = (size_t)places * SECTORS * GROUPS * BANDS;
  double *initial = malloc(cells * sizeof *initial), *stock = malloc(cells * sizeof *stock);
  double *hazard = malloc(cells * sizeof *hazard), *joiners = malloc(cells * sizeof *joiners);
  double *ageing = malloc(cells * sizeof *ageing), *fte_per_head = malloc(cells * sizeof *fte_per_head);
  double *initial_demand = malloc(cells * sizeof *initial_demand), *demand = malloc(cells * sizeof *demand);
  double *growth = malloc(cells * sizeof *growth), *cost = malloc(cells * sizeof *cost);
  const size_t outputs = (size_t)months * places * GROUPS;
  double *out_supply = malloc(outputs * sizeof *out_supply), *out_gap = malloc(outputs * sizeof *out_gap);
  for (size_t i = 0; i < cells; i++) {
    initial[i] = uniform(5, 50);
    hazard[i] = 1 - pow(1 - uniform(0.05, 0.25), 1.0 / 12);
    joiners[i] = uniform(0, 0.5);
    ageing[i] = i % BANDS == BANDS - 1 ? 0 : 1.0 / 60; /* five-year bands; the last ages out of none */
    fte_per_head[i] = uniform(0.8, 0.95);
    initial_demand[i] = initial[i] * fte_per_head[i] * uniform(1.0, 1.15);
    growth[i] = pow(1 + uniform(0, 0.03), 1.0 / 12);
    cost[i] = uniform(2500, 6000);
  }
  for (int repeat = 0; repeat < repeats; repeat++) {
    for (size_t i = 0; i < cells; i++) {
      stock[i] = initial[i];
      demand[i] = initial_demand[i];
    }
    double total_cost = 0;
    struct timespec wall0, wall1, cpu0, cpu1;
    clock_gettime(CLOCK_MONOTONIC, &wall0);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu0);
    for (int t = 0; t < months; t++) {
      double *supply = out_supply + (size_t)t * places * GROUPS;
      double *gaps = out_gap + (size_t)t * places * GROUPS;
      for (size_t k = 0; k < (size_t)places * GROUPS; k++) supply[k] = gaps[k] = 0;
      size_t i = 0;
      for (int p = 0; p < places; p++) {
        for (int s = 0; s < SECTORS; s++) {
          for (int g = 0; g < GROUPS; g++) {
            double moved_in = 0, supply_sum = 0, gap_sum = 0;
            for (int b = 0; b < BANDS; b++, i++) {
              const double before = stock[i];
              const double leavers = before * hazard[i];
              const double moving = before * ageing[i];
              const double after = before - leavers - moving + joiners[i] + moved_in;
              moved_in = moving;
              stock[i] = after;
              demand[i] *= growth[i];
              const double fte = after * fte_per_head[i];
              gap_sum += demand[i] - fte;
              supply_sum += fte;
              total_cost += fte * cost[i];
            }
            supply[p * GROUPS + g] += supply_sum;
            gaps[p * GROUPS + g] += gap_sum;
          }
        }
      }
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu1);
    clock_gettime(CLOCK_MONOTONIC, &wall1);
    double checksum = 0;
    for (size_t k = 0; k < (size_t)places * GROUPS; k++) checksum += out_supply[(size_t)(months - 1) * places * GROUPS + k];
    printf("c reference: %zu cell-months in %.2f ms (cpu %.2f ms, checksum %.3f, cost %.6e)\n",
           cells * months, elapsed_ms(wall0, wall1), elapsed_ms(cpu0, cpu1), checksum, total_cost);
  }
  return 0;
}
