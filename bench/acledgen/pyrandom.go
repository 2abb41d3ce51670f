package acledgen

import "math"

var pow = math.Pow

// pyRandom reproduces the draws of CPython's random.Random (3.x, seeded with a
// non-negative int): the MT19937 generator of Matsumoto and Nishimura (1998),
// seeded by init_by_array as CPython's random_seed does, and the methods
// random, getrandbits, _randbelow, choice, choices, randint, uniform, sample and
// paretovariate as Lib/random.py defines them. Only what the generator needs.
type pyRandom struct {
	mt  [624]uint32
	mti int
}

func newPyRandom(seed uint64) *pyRandom {
	// CPython splits abs(seed) into 32-bit words, least significant first; 0 is [0].
	key := []uint32{uint32(seed)}
	if hi := uint32(seed >> 32); hi != 0 {
		key = append(key, hi)
	}
	r := &pyRandom{}
	r.initByArray(key)
	return r
}

func (r *pyRandom) initGenrand(s uint32) {
	r.mt[0] = s
	for i := 1; i < 624; i++ {
		r.mt[i] = 1812433253*(r.mt[i-1]^(r.mt[i-1]>>30)) + uint32(i)
	}
	r.mti = 624
}

func (r *pyRandom) initByArray(key []uint32) {
	r.initGenrand(19650218)
	i, j := 1, 0
	k := max(624, len(key))
	for ; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= 624 {
			r.mt[0] = r.mt[623]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = 623; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= 624 {
			r.mt[0] = r.mt[623]
			i = 1
		}
	}
	r.mt[0] = 0x80000000
}

func (r *pyRandom) uint32() uint32 {
	const upper, lower, matrixA = 0x80000000, 0x7fffffff, 0x9908b0df
	if r.mti >= 624 {
		mag := [2]uint32{0, matrixA}
		var kk int
		for kk = 0; kk < 624-397; kk++ {
			y := (r.mt[kk] & upper) | (r.mt[kk+1] & lower)
			r.mt[kk] = r.mt[kk+397] ^ (y >> 1) ^ mag[y&1]
		}
		for ; kk < 623; kk++ {
			y := (r.mt[kk] & upper) | (r.mt[kk+1] & lower)
			r.mt[kk] = r.mt[kk+(397-624)] ^ (y >> 1) ^ mag[y&1]
		}
		y := (r.mt[623] & upper) | (r.mt[0] & lower)
		r.mt[623] = r.mt[396] ^ (y >> 1) ^ mag[y&1]
		r.mti = 0
	}
	y := r.mt[r.mti]
	r.mti++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// random is random.random: 53 random bits in [0, 1).
func (r *pyRandom) random() float64 {
	a, b := r.uint32()>>5, r.uint32()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// below is random._randbelow_with_getrandbits for 0 < n < 2³²: rejection sampling
// on getrandbits(n.bit_length()).
func (r *pyRandom) below(n int) int {
	k := 0
	for x := n; x > 0; x >>= 1 {
		k++
	}
	for {
		v := int(r.uint32() >> (32 - k))
		if v < n {
			return v
		}
	}
}

// randint is random.randint(a, b), both ends included.
func (r *pyRandom) randint(a, b int) int { return a + r.below(b-a+1) }

// uniform is random.uniform(a, b).
func (r *pyRandom) uniform(a, b float64) float64 { return a + (b-a)*r.random() }

// pareto is random.paretovariate(alpha).
func (r *pyRandom) pareto(alpha float64) float64 {
	u := 1.0 - r.random()
	return pow(u, -1.0/alpha)
}

// choices is random.choices(population, weights)[0] for integer weights: the
// index found by bisect_right on the cumulative weights.
func (r *pyRandom) choices(cum []int) int {
	x := r.random() * float64(cum[len(cum)-1])
	lo, hi := 0, len(cum)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if x < float64(cum[mid]) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// sample is random.sample(population, k) for a small population (n <= 21, the
// pool branch of Lib/random.py).
func sample[T any](r *pyRandom, pop []T, k int) []T {
	pool := append([]T(nil), pop...)
	n := len(pool)
	out := make([]T, k)
	for i := range k {
		j := r.below(n - i)
		out[i] = pool[j]
		pool[j] = pool[n-i-1]
	}
	return out
}
