// Package all imports every language pack unspin ships.
package all

import (
	_ "github.com/unspin-project/unspin/lang/en" // English
	_ "github.com/unspin-project/unspin/lang/fr" // French
)
